// The second process of the concurrent read test: autocannon with N connections over loopback,
// cycling through the given paths. Prints one JSON line with its figures.
import autocannon from "autocannon";

const { url, paths, connections, seconds, authorization } = JSON.parse(process.argv[2] as string) as {
  url: string;
  authorization: string;
  paths: string[];
  connections: number;
  seconds: number;
};
let next = 0;
const result = await autocannon({
  url,
  connections,
  duration: seconds,
  headers: { authorization },
  // Under overload a team page can queue for seconds; count it late rather than drop it at 10 s.
  timeout: 60,
  requests: [
    {
      setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] as string }),
    },
  ],
});
process.stdout.write(
  `${JSON.stringify({
    requestsPerSec: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    total: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  })}\n`,
);
