import { redirect } from "next/navigation";

export default async function OrgIndexPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  redirect(`/${org}/issues`);
}
