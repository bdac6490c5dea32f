import { resetTestDatabase } from "./database";

export default async function setup(): Promise<void> {
  await resetTestDatabase();
}
