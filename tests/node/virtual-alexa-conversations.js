// Whole conversations against a running skill endpoint (`musicskill serve --no-verify`), driven by virtual-alexa
// with utter() and natural phrasings, matched against the real interaction model. Every request virtual-alexa
// sends goes through a recording proxy in this script, so every response (including the AudioPlayer events
// virtual-alexa sends on its own) is checked: SSML with ssml-check-core, AudioPlayer responses without speech.
//
// Usage: node virtual-alexa-conversations.js --url http://127.0.0.1:PORT/alexa --model skill-package/.../en-US.json
//                                            --skill-id amzn1.ask.skill.…
// Prints one JSON summary line on stdout; exits 1 with a clear message on stderr on any failure.
"use strict";
const http = require("http");
const va = require("virtual-alexa");
const { check } = require("ssml-check-core");

function argument(name) {
  const at = process.argv.indexOf("--" + name);
  if (at < 0 || at + 1 >= process.argv.length) {
    throw new Error(`missing --${name}`);
  }
  return process.argv[at + 1];
}

const skillUrl = new URL(argument("url"));
const modelFile = argument("model");
const skillId = argument("skill-id");
const model = require("fs").readFileSync(modelFile, "utf8");
const genres = JSON.parse(model).interactionModel.languageModel.types.find((t) => t.name === "GenreType").values;

const exchanges = []; // every request/response pair the skill saw
let currentStep = "(setup)";

class ConversationFailure extends Error {}

function fail(message) {
  throw new ConversationFailure(`${currentStep}: ${message}`);
}

// A loopback proxy that records each exchange; virtual-alexa talks to it instead of the skill.
function startRecordingProxy() {
  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks);
      const forward = http.request(
        { hostname: skillUrl.hostname, port: skillUrl.port, path: skillUrl.pathname, method: "POST",
          headers: { "content-type": "application/json", "content-length": body.length } },
        (skillRes) => {
          const answer = [];
          skillRes.on("data", (c) => answer.push(c));
          skillRes.on("end", () => {
            const text = Buffer.concat(answer).toString("utf8");
            let request = null;
            let response = null;
            try { request = JSON.parse(body.toString("utf8")); } catch (e) { /* recorded as null */ }
            try { response = JSON.parse(text); } catch (e) { /* recorded as null */ }
            exchanges.push({ step: currentStep, status: skillRes.statusCode, request, response, raw: text });
            res.writeHead(skillRes.statusCode, { "content-type": "application/json" });
            res.end(text);
          });
        });
      forward.on("error", (e) => { res.writeHead(502); res.end(String(e)); });
      forward.end(body);
    });
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

function newAlexa(proxyPort) {
  return va.VirtualAlexa.Builder()
    .skillURL(`http://127.0.0.1:${proxyPort}/alexa`)
    .interactionModelFile(modelFile)
    .applicationID(skillId)
    .locale("en-US")
    .create();
}

function ssmlOf(response) {
  const speech = response && response.response && response.response.outputSpeech;
  return speech && speech.ssml ? speech.ssml : "";
}

function plain(ssml) {
  return ssml.replace(/<[^>]*>/g, " ").replace(/\s+/g, " ").trim();
}

function directiveTypes(response) {
  return ((response && response.response && response.response.directives) || []).map((d) => d.type);
}

async function say(alexa, text) {
  currentStep = `utter("${text}")`;
  let reply;
  try {
    reply = await alexa.utter(text);
  } catch (e) {
    fail(`virtual-alexa failed: ${e.message}`);
  }
  return reply && reply.response ? reply : fail("no response");
}

function expectMicOpen(reply) {
  if (reply.response.shouldEndSession !== false) {
    fail(`expected the mic to stay open, got shouldEndSession=${reply.response.shouldEndSession}: ${plain(ssmlOf(reply))}`);
  }
}

function expectPlay(reply) {
  const types = directiveTypes(reply);
  if (!types.includes("AudioPlayer.Play")) {
    fail(`expected AudioPlayer.Play, got [${types}] and "${plain(ssmlOf(reply))}"`);
  }
}

function expectStop(reply) {
  const types = directiveTypes(reply);
  if (!types.includes("AudioPlayer.Stop")) {
    fail(`expected AudioPlayer.Stop, got [${types}] and "${plain(ssmlOf(reply))}"`);
  }
}

// A genre the skill just offered ("How about jazz? Or maybe rock?"), found by the model's genre names.
function offeredGenre(reply) {
  const said = " " + plain(ssmlOf(reply)).toLowerCase().replace(/[^a-z& ]/g, " ") + " ";
  for (const genre of genres) {
    if (said.includes(" " + genre.name.value.toLowerCase() + " ")) {
      return genre.name.value.toLowerCase();
    }
  }
  return null;
}

// Conversation 1, the seed flow: launch, ask for help finding music, answer the mood question, pick a genre from the
// pair, hear a sample, accept it, and use the player: events, pause, resume, stop.
async function seedConversation(alexa, summary) {
  currentStep = "launch()";
  const welcome = await alexa.launch();
  expectMicOpen(welcome);

  expectMicOpen(await say(alexa, "help me find music"));
  let reply = await say(alexa, "something chill");
  expectMicOpen(reply);

  // The genre pair may come now or after one more question; answer until a sample plays.
  for (let turn = 0; turn < 4 && !ssmlOf(reply).includes("<audio"); turn++) {
    const genre = offeredGenre(reply);
    if (!genre) {
      fail(`expected a genre pair or a sample, got "${plain(ssmlOf(reply))}"`);
    }
    summary.genreChosen = genre;
    reply = await say(alexa, genre);
    expectMicOpen(reply);
  }
  if (!ssmlOf(reply).includes("<audio")) {
    fail("no sample was played");
  }
  summary.samplesHeard++;

  reply = await say(alexa, "yes");
  expectPlay(reply);
  if (!alexa.audioPlayer().isPlaying()) {
    fail("virtual-alexa is not playing after the Play directive");
  }

  currentStep = "audioPlayer().playbackNearlyFinished()";
  const nearlyFinished = await alexa.audioPlayer().playbackNearlyFinished();
  const enqueue = ((nearlyFinished && nearlyFinished.response && nearlyFinished.response.directives) || []).find((d) => d.type === "AudioPlayer.Play");
  if (!enqueue || enqueue.playBehavior !== "ENQUEUE" || !enqueue.audioItem.stream.expectedPreviousToken) {
    fail(`expected Play ENQUEUE with expectedPreviousToken, got ${JSON.stringify(nearlyFinished.response)}`);
  }

  currentStep = "audioPlayer().playbackFinished()";
  await alexa.audioPlayer().playbackFinished();
  if (!alexa.audioPlayer().isPlaying()) {
    fail("the queued track did not start");
  }

  expectStop(await say(alexa, "pause"));
  expectPlay(await say(alexa, "resume"));
  currentStep = "audioPlayer().playbackStarted()";
  await alexa.audioPlayer().playbackStarted();
  expectStop(await say(alexa, "stop"));
}

// Conversation 2: a one-shot request ("ask music finder to play some jazz") that starts music directly.
async function oneShotConversation(alexa) {
  const reply = await say(alexa, "ask music finder to play some jazz");
  expectPlay(reply);
  expectStop(await say(alexa, "pause"));
}

// The catalog track a sample or a play directive is of: samples are served as samples/<track-id>.mp3, and a stream
// token is v1|<station>|<index>|<track-id>.
function sampleTrack(reply) {
  const match = /samples\/([a-z0-9-]+)\.mp3/.exec(ssmlOf(reply));
  return match ? match[1] : null;
}

function tokenTrack(directive) {
  const parts = directive.audioItem.stream.token.split("|");
  return parts[parts.length - 1];
}

// Conversation 4, the transcript: the nineties, laid back, jazz, every sample turned down ("no not really"),
// then yes to the station. Neither its first track nor any track it enqueues may be one that was turned down.
async function rejectedSampleConversation(alexa, summary) {
  currentStep = "launch()";
  expectMicOpen(await alexa.launch());
  expectMicOpen(await say(alexa, "help me find music"));
  expectMicOpen(await say(alexa, "the nineties"));
  expectMicOpen(await say(alexa, "something laid back"));
  let reply = await say(alexa, "jazz");
  const rejected = [];
  for (let turn = 0; turn < 12 && !/station/i.test(plain(ssmlOf(reply))); turn++) {
    expectMicOpen(reply);
    const sample = sampleTrack(reply);
    if (sample) {
      rejected.push(sample);
    }
    reply = await say(alexa, sample ? "no not really" : "no");
  }
  if (!/station/i.test(plain(ssmlOf(reply)))) {
    fail(`no station was offered: "${plain(ssmlOf(reply))}"`);
  }
  if (rejected.length === 0) {
    fail("no sample was heard before the station");
  }

  reply = await say(alexa, "yes");
  expectPlay(reply);
  const played = [tokenTrack(reply.response.directives.find((d) => d.type === "AudioPlayer.Play"))];
  for (let i = 0; i < 10; i++) {
    currentStep = `audioPlayer().playbackNearlyFinished() #${i + 1}`;
    const nearly = await alexa.audioPlayer().playbackNearlyFinished();
    const enqueue = ((nearly && nearly.response && nearly.response.directives) || []).find((d) => d.type === "AudioPlayer.Play");
    if (!enqueue) {
      break;
    }
    played.push(tokenTrack(enqueue));
    currentStep = `audioPlayer().playbackFinished() #${i + 1}`;
    await alexa.audioPlayer().playbackFinished();
  }
  const replayed = played.filter((track) => rejected.includes(track));
  if (replayed.length > 0) {
    fail(`the station played what was turned down: ${replayed.join(", ")} (turned down: ${rejected.join(", ")})`);
  }
  summary.rejectedSamples = rejected.length;
  summary.stationTracksChecked = played.length;
  expectStop(await say(alexa, "stop"));
}

// Conversation 3: help, an utterance the model cannot place, and leaving.
async function helpConversation(alexa) {
  currentStep = "launch()";
  expectMicOpen(await alexa.launch());
  expectMicOpen(await say(alexa, "what can you do"));
  expectMicOpen(await say(alexa, "surprise me"));
  currentStep = "utter(\"exit\")";
  await alexa.utter("exit");
}

async function main() {
  const proxy = await startRecordingProxy();
  const port = proxy.address().port;
  const summary = { conversations: 0, samplesHeard: 0, genreChosen: null };
  try {
    await seedConversation(newAlexa(port), summary);
    summary.conversations++;
    await oneShotConversation(newAlexa(port));
    summary.conversations++;
    await helpConversation(newAlexa(port));
    summary.conversations++;
    await rejectedSampleConversation(newAlexa(port), summary);
    summary.conversations++;

    currentStep = "(checking every response)";
    const requestTypes = {};
    const intents = {};
    let ssmlChecked = 0;
    for (const exchange of exchanges) {
      const where = `${exchange.step} → ${exchange.request && exchange.request.request && exchange.request.request.type}`;
      if (exchange.status !== 200 || !exchange.response) {
        fail(`${where}: HTTP ${exchange.status} ${exchange.raw}`);
      }
      const type = exchange.request.request.type;
      requestTypes[type] = (requestTypes[type] || 0) + 1;
      if (type === "IntentRequest") {
        const name = exchange.request.request.intent.name;
        intents[name] = (intents[name] || 0) + 1;
      }
      const body = exchange.response.response || {};
      if (type.startsWith("AudioPlayer.") && (body.outputSpeech || body.reprompt || body.card || exchange.response.sessionAttributes)) {
        fail(`${where}: an AudioPlayer event was answered with speech, a card or session attributes`);
      }
      for (const speech of [body.outputSpeech, body.reprompt && body.reprompt.outputSpeech]) {
        if (speech && speech.ssml) {
          const errors = await check(speech.ssml, { platform: "amazon", locale: "en-US" });
          if (errors && errors.length) {
            fail(`${where}: ssml-check-core rejected ${speech.ssml}: ${JSON.stringify(errors)}`);
          }
          ssmlChecked++;
        }
      }
    }

    Object.assign(summary, { requests: exchanges.length, ssmlChecked, requestTypes, intents });
    process.stdout.write(JSON.stringify(summary) + "\n");
  } finally {
    proxy.close();
  }
}

main().catch((e) => {
  process.stderr.write(`virtual-alexa conversation failed: ${e instanceof ConversationFailure ? e.message : e.stack}\n`);
  process.exit(1);
});
