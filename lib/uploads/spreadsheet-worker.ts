/** The worker thread that parses one spreadsheet (see parse-spreadsheet.ts): one request, one reply, then it ends. */
import { parentPort } from "node:worker_threads";
import { parseSpreadsheet, type SpreadsheetRequest } from "./parse-spreadsheet";

parentPort?.once("message", (request: SpreadsheetRequest) => {
  void parseSpreadsheet(request).then((reply) => parentPort?.postMessage(reply));
});
