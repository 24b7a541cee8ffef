// @node-rs/jieba (Rust port, its own bundled dict): load time and single-thread cut throughput, one JSON line.
const fs = require('fs');
const path = require('path');
const work = path.join(__dirname, '.work', 'node_modules');
const { Jieba } = require(path.join(work, '@node-rs', 'jieba'));
const { dict } = require(path.join(work, '@node-rs', 'jieba', 'dict'));

const file = process.argv[2];
let t = process.hrtime.bigint();
const jieba = Jieba.withDict(dict);
const loadSeconds = Number(process.hrtime.bigint() - t) / 1e9;
const bytes = fs.statSync(file).size;
const lines = fs.readFileSync(file, 'utf8').split(/\r\n|\r|\n/);
if (lines.length && lines[lines.length - 1] === '') lines.pop();

t = process.hrtime.bigint();
let tokens = 0;
for (const line of lines) tokens += jieba.cut(line, true).length;
const seconds = Number(process.hrtime.bigint() - t) / 1e9;
console.log(JSON.stringify({ impl: 'node-rs', loadSeconds, megabytes: bytes / 1e6, tokens, seconds, megabytesPerSecond: bytes / 1e6 / seconds }));
