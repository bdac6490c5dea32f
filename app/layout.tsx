import type { Metadata, Viewport } from "next";
import localFont from "next/font/local";
import type { ReactNode } from "react";
import { TRPCProvider } from "@/components/providers/TRPCProvider";
import { themeScript } from "@/components/theme/themeScript";
import { ToastProvider } from "@/components/ui/Toast";
import "./globals.css";

// Inter (OFL) comes from its npm package and is bundled at build time: self-hosted servers have no font CDN.
const inter = localFont({
  src: "../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  variable: "--font-inter",
  weight: "100 900",
  display: "swap",
});

export const metadata: Metadata = {
  title: { default: "Faultline", template: "%s · Faultline" },
  description: "Self-hosted error tracking that speaks the Sentry protocol.",
  robots: { index: false, follow: false },
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#09090b" },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The theme script changes the class before hydration; that difference is expected.
    <html lang="en" className={inter.variable} suppressHydrationWarning>
      <head>
        {/* Runs before first paint so the theme is right immediately. (React's dev build warns about
            it once when a 404 re-renders the root layout on the client; browsers run it from the HTML.) */}
        <script dangerouslySetInnerHTML={{ __html: themeScript }} />
      </head>
      <body className="min-h-dvh">
        <TRPCProvider>
          <ToastProvider>{children}</ToastProvider>
        </TRPCProvider>
      </body>
    </html>
  );
}
