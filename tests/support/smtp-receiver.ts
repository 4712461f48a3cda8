/**
 * A real SMTP server, run as its own Node process, that records every message it accepts: the
 * receiving end of the mail tests (docs/notifications.md, "Mail"). Nothing is mocked: Grove's
 * mail deliverer talks SMTP to it over a socket, as it would to a real relay.
 *
 * Use it from a test through tests/support/smtp.ts:
 *
 *     const smtp = await startSmtpReceiver();          // a free port, a temp file
 *     // give smtp.url to the deliverer: createMailDeliverer({ url: smtp.url, from: ... }),
 *     // or startGrove({ smtpUrl: smtp.url }) in an e2e test
 *     await worker.runOnce();
 *     const [mail] = await smtp.waitForMessages(1);   // waits until 1 message is there
 *     mail.to, mail.subject, mail.text, mail.html, mail.headers["list-unsubscribe"]
 *     await smtp.stop();      // the server is down: sends fail with ECONNREFUSED and retry
 *     await smtp.restart();   // up again on the same port, keeping what it recorded
 *     await smtp.close();     // in afterAll
 *
 * Recipients it refuses, to test the deliverer's handling of refusals:
 *   - a local part starting with "refused" (refused@example.com): 550 5.1.1, permanent
 *   - a local part starting with "busy": 451 4.3.0, transient (retry later)
 *
 * Run by hand: `node --import tsx tests/support/smtp-receiver.ts <port> <file>` prints
 * `listening <port>` and appends one JSON line per message (ReceivedMail in smtp.ts) to <file>.
 * It accepts any AUTH (smtp://user:pass@127.0.0.1:port works) and offers no STARTTLS.
 */
import { appendFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

const [portArg, file] = process.argv.slice(2);
if (!file) {
  console.error("usage: smtp-receiver.ts <port> <file>");
  process.exit(2);
}

function refusal(address: string): Error | null {
  const local = address.split("@")[0]?.toLowerCase() ?? "";
  const make = (code: number, text: string) => Object.assign(new Error(text), { responseCode: code });
  if (local.startsWith("refused")) return make(550, "5.1.1 No such mailbox here");
  if (local.startsWith("busy")) return make(451, "4.3.0 Mailbox busy, try again later");
  return null;
}

const server = new SMTPServer({
  authOptional: true,
  allowInsecureAuth: true,
  disabledCommands: ["STARTTLS"],
  logger: false,
  onAuth(_auth, _session, callback) {
    callback(null, { user: "test" });
  },
  onRcptTo(address, _session, callback) {
    callback(refusal(address.address) ?? undefined);
  },
  onData(stream, session, callback) {
    simpleParser(stream)
      .then((parsed) => {
        const headers: Record<string, string> = {};
        for (const { key, line } of parsed.headerLines) headers[key] = line.slice(line.indexOf(":") + 1).trim();
        const record = {
          receivedAt: new Date().toISOString(),
          envelope: {
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          },
          messageId: parsed.messageId ?? "",
          from: parsed.from?.text ?? "",
          to: Array.isArray(parsed.to) ? parsed.to.map((a) => a.text).join(", ") : (parsed.to?.text ?? ""),
          subject: parsed.subject ?? "",
          headers,
          text: parsed.text ?? "",
          html: typeof parsed.html === "string" ? parsed.html : "",
        };
        appendFileSync(file, `${JSON.stringify(record)}\n`);
        callback();
      })
      .catch((error: Error) => callback(error));
  },
});

server.listen(Number(portArg ?? 0), "127.0.0.1", () => {
  console.log(`listening ${(server.server.address() as AddressInfo).port}`);
});
process.on("SIGTERM", () => server.close(() => process.exit(0)));
