import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { build } from "esbuild";

export interface ShopPage {
  /** On `localhost`, a different origin from the Faultline under test on 127.0.0.1. */
  url: string;
  close(): Promise<void>;
}

/**
 * `@sentry/browser` as one script defining `window.Sentry`, like Sentry's CDN bundle. The npm
 * package (v11) ships only its ESM and CJS builds, so the bundle is made here from them.
 */
async function sentryBrowserBundle(): Promise<string> {
  const result = await build({
    stdin: { contents: 'export * from "@sentry/browser";', resolveDir: process.cwd() },
    bundle: true,
    format: "iife",
    globalName: "Sentry",
    platform: "browser",
    target: "es2020",
    minify: true,
    write: false,
    logLevel: "silent",
  });
  return result.outputFiles[0]!.text;
}

function shopHtml(dsn: string, errorMessage: string): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Checkout</title>
    <script src="/sentry.js"></script>
    <script>
      Sentry.init({ dsn: ${JSON.stringify(dsn)}, environment: "checkout-e2e", release: "shop@1.4.2" });
    </script>
  </head>
  <body style="font-family: sans-serif; padding: 2rem">
    <h1>Checkout</h1>
    <p>Order total: <span id="total">…</span></p>
    <button type="button" id="pay">Pay now</button>
    <script>
      document.getElementById("pay").addEventListener("click", function payNow() {
        throw new TypeError(${JSON.stringify(errorMessage)});
      });
    </script>
  </body>
</html>`;
}

/** A tiny static site that loads the SDK with `dsn` and throws `errorMessage` when "Pay now" is clicked. */
export async function serveShopPage(input: {
  dsn: string;
  errorMessage: string;
}): Promise<ShopPage> {
  const script = await sentryBrowserBundle();
  const html = shopHtml(input.dsn, input.errorMessage);
  const server = createServer((req, res) => {
    if (req.url === "/sentry.js") {
      res.writeHead(200, { "content-type": "text/javascript; charset=utf-8" });
      res.end(script);
      return;
    }
    if (req.url === "/" || req.url === "/checkout") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(html);
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}/checkout`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
