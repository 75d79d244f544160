// The entry's settings from the environment, and the hygiene endpoint's secret comparison.
import { describe, expect, it } from "vitest";
import { settingsFromEnv } from "../../src/app/env.js";
import { secretMatches } from "../../src/app/hygiene-endpoint.js";

const PEM = "-----BEGIN RSA PRIVATE KEY-----\nabc\n-----END RSA PRIVATE KEY-----\n";
const base = { APP_ID: "123", PRIVATE_KEY: PEM, WEBHOOK_SECRET: "s" };
const noFile = (): string => {
  throw new Error("no file");
};

describe("settingsFromEnv", () => {
  it("reads the required variables; the scheduler stays off unless an interval is set", () => {
    const s = settingsFromEnv(base, noFile);
    expect(s.server).toMatchObject({
      appId: "123",
      privateKey: PEM,
      webhookSecret: "s",
      port: 3000,
      host: "0.0.0.0",
    });
    expect(s.server.baseUrl).toBeUndefined();
    expect(s.scheduler.intervalMinutes).toBeUndefined();
    expect(s.scheduler.secret).toBeUndefined();
  });

  it("accepts a base64 key, a key file, GitHub Enterprise Server and the hygiene settings", () => {
    const b64 = settingsFromEnv({ ...base, PRIVATE_KEY: Buffer.from(PEM).toString("base64") }, noFile);
    expect(b64.server.privateKey).toBe(PEM);
    const file = settingsFromEnv({ APP_ID: "1", WEBHOOK_SECRET: "s", PRIVATE_KEY_PATH: "/k.pem" }, () => PEM);
    expect(file.server.privateKey).toBe(PEM);
    const ghes = settingsFromEnv(
      {
        ...base,
        GHE_HOST: "github.example.com",
        HYGIENE_INTERVAL_MINUTES: "60",
        HYGIENE_JITTER_MINUTES: "10",
        HYGIENE_SECRET: "0123456789abcdef",
      },
      noFile,
    );
    expect(ghes.server.baseUrl).toBe("https://github.example.com/api/v3");
    expect(ghes.scheduler).toMatchObject({
      intervalMinutes: 60,
      jitterMinutes: 10,
      secret: "0123456789abcdef",
    });
  });

  it("names the variable and how to fix it when one is wrong", () => {
    expect(() => settingsFromEnv({ ...base, APP_ID: "abc" }, noFile)).toThrow(/APP_ID.*numeric/);
    expect(() => settingsFromEnv({ APP_ID: "1", WEBHOOK_SECRET: "s" }, noFile)).toThrow(/PRIVATE_KEY/);
    expect(() => settingsFromEnv({ ...base, HYGIENE_SECRET: "short" }, noFile)).toThrow(/HYGIENE_SECRET/);
  });
});

describe("secretMatches", () => {
  it("compares whatever the lengths, without throwing", () => {
    expect(secretMatches("0123456789abcdef", "0123456789abcdef")).toBe(true);
    expect(secretMatches("0123456789abcdeF", "0123456789abcdef")).toBe(false);
    expect(secretMatches("", "0123456789abcdef")).toBe(false);
    expect(secretMatches("0123456789abcdef-longer", "0123456789abcdef")).toBe(false);
  });
});
