// How virtual-alexa hears each phrasing of a table: utter() against the committed interaction model, with a local
// handler that records the request envelope instead of calling a skill. virtual-alexa's own rules apply as they
// are: an unmatched utterance throws, and any utterance containing "ask", "open", "launch", "talk to" or "tell"
// becomes a LaunchRequest (or, for "<verb> … to <rest>", the intent of <rest>); "exit" ends the session.
//
// Usage: node virtual-alexa-phrasings.js --model skill-package/.../en-US.json --skill-id amzn1.ask.skill.…
//                                        --input phrasings.json   (a JSON array of {"id", "utterance"})
// Prints one JSON line per phrasing: {"id", "outcome": "request" | "unmatched", "envelope"?, "error"?}.
"use strict";
const fs = require("fs");
const va = require("virtual-alexa");

function argument(name) {
  const at = process.argv.indexOf("--" + name);
  if (at < 0 || at + 1 >= process.argv.length) {
    throw new Error(`missing --${name}`);
  }
  return process.argv[at + 1];
}

const model = JSON.parse(fs.readFileSync(argument("model"), "utf8"));
const skillId = argument("skill-id");
const phrasings = JSON.parse(fs.readFileSync(argument("input"), "utf8"));

async function hear(phrasing) {
  let envelope = null;
  const recorder = (event, context, callback) => {
    envelope = event;
    callback(null, { version: "1.0", response: { shouldEndSession: false } });
  };
  // A fresh device per phrasing: no session state carries from one row to the next.
  const alexa = va.VirtualAlexa.Builder().handler(recorder).interactionModel(model).applicationID(skillId).locale("en-US").create();
  try {
    await alexa.utter(phrasing.utterance);
  } catch (e) {
    return { id: phrasing.id, outcome: "unmatched", error: String(e.message || e) };
  }
  return envelope
    ? { id: phrasing.id, outcome: "request", envelope }
    : { id: phrasing.id, outcome: "unmatched", error: "virtual-alexa sent no request" };
}

async function main() {
  for (const phrasing of phrasings) {
    process.stdout.write(JSON.stringify(await hear(phrasing)) + "\n");
  }
}

main().catch((e) => {
  process.stderr.write(`virtual-alexa phrasings failed: ${e.stack}\n`);
  process.exit(1);
});
