import { expect, test } from "@playwright/test";
import { launchApp } from "./support/app.js";

test("explains a model that fails to load, and offers a reload", async () => {
  const app = await launchApp({ allowCamera: true });
  try {
    const { page, context } = app;
    // The reader's worker fetches the model; a broken deployment answers 404.
    await context.route("**/model/model.json", (route) => route.fulfill({ status: 404, body: "Not found" }));
    await page.goto("/");
    const alert = page.getByTestId("reader-error");
    await expect(alert).toBeVisible({ timeout: 30_000 });
    await expect(alert).toContainText("The digit reader could not start.");
    await expect(alert).toContainText("model/model.json");
    await expect(page.getByTestId("status-line")).toHaveAttribute("data-status", "failed");
    await expect(alert.getByRole("button", { name: "Reload the page" })).toBeVisible();
    expect(app.problems).toEqual([]);
  } finally {
    await app.close();
  }
});
