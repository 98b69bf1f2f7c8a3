// Long-lived SSML validator for the .NET tests: one JSON request per stdin line
// ({"id":1,"ssml":"<speak>…</speak>","locale":"en-US"}), one JSON answer per stdout line
// ({"id":1,"errors":[…]} — an empty list when Alexa would accept the SSML).
"use strict";
const readline = require("readline");
const { check } = require("ssml-check-core");

const rl = readline.createInterface({ input: process.stdin, terminal: false });
rl.on("line", async (line) => {
  let request;
  try {
    request = JSON.parse(line);
  } catch (e) {
    process.stdout.write(JSON.stringify({ id: null, errors: [{ type: "bad request line" }] }) + "\n");
    return;
  }
  try {
    const errors = await check(request.ssml, { platform: "amazon", locale: request.locale || "en-US" });
    process.stdout.write(JSON.stringify({ id: request.id, errors: errors || [] }) + "\n");
  } catch (e) {
    process.stdout.write(JSON.stringify({ id: request.id, errors: [{ type: "checker threw", message: String(e) }] }) + "\n");
  }
});
rl.on("close", () => process.exit(0));
process.stdout.write(JSON.stringify({ ready: true }) + "\n");
