import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

// Starts, stops and restarts the SMTP receiver process (how to use it: smtp-receiver.ts).

const script = fileURLToPath(new URL("./smtp-receiver.ts", import.meta.url));

/** One message as the receiver recorded it. */
export interface ReceivedMail {
  receivedAt: string;
  envelope: { from: string; to: string[] };
  messageId: string;
  from: string;
  to: string;
  subject: string;
  /** Header lines by lower-case name, values as sent (the last one when a name repeats). */
  headers: Record<string, string>;
  text: string;
  html: string;
}

export interface SmtpReceiver {
  /** smtp://127.0.0.1:port, for SMTP_URL or createMailDeliverer. */
  url: string;
  port: number;
  /** Everything received so far, oldest first. */
  messages(): ReceivedMail[];
  /** Waits until at least `count` messages are there (fails after `timeoutMs`); returns them all. */
  waitForMessages(count: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  /** Kills the process: the port refuses connections until restart(). */
  stop(): Promise<void>;
  /** Starts it again on the same port; what was received stays. */
  restart(): Promise<void>;
  /** Stops it and removes its file. */
  close(): Promise<void>;
}

export async function startSmtpReceiver(): Promise<SmtpReceiver> {
  const dir = mkdtempSync(join(tmpdir(), "grove-smtp-"));
  const file = join(dir, "messages.jsonl");
  let { child, port } = await launch(0, file);
  const messages = (): ReceivedMail[] =>
    existsSync(file)
      ? readFileSync(file, "utf8")
          .split("\n")
          .filter(Boolean)
          .map((line) => JSON.parse(line) as ReceivedMail)
      : [];
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGKILL");
    await exited;
  };
  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    messages,
    async waitForMessages(count, timeoutMs = 10_000) {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const received = messages();
        if (received.length >= count) return received;
        if (Date.now() > until) {
          throw new Error(`expected ${count} mail(s) at the SMTP receiver, got ${received.length}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    stop,
    async restart() {
      await stop();
      ({ child, port } = await launch(port, file));
    },
    async close() {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function launch(port: number, file: string): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, ["--import", "tsx", script, String(port), file], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  return new Promise((resolve, reject) => {
    let output = "";
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening (\d+)/.exec(output);
      if (match) {
        child.stdout?.off("data", onData);
        resolve({ child, port: Number(match[1]) });
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once("exit", (code) => reject(new Error(`the SMTP receiver exited (${code}) before listening:\n${output}`)));
  });
}
