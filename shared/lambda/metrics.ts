/**
 * Business metrics in CloudWatch's embedded metric format (Powertools Metrics): each invocation's
 * counts are printed as one structured log line, which CloudWatch turns into metrics without a
 * PutMetricData call or its permission. Off outside Lambda where POWERTOOLS_METRICS_DISABLED says
 * so (the local portal and the tests).
 */
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import type { MiddlewareObj } from '@middy/core';
import type { FunctionName } from './functionDescription.js';
import { METRICS_NAMESPACE } from './metricNames.js';

export { MetricUnit, type Metrics };

export function createMetrics(service: FunctionName): Metrics {
  return new Metrics({ namespace: METRICS_NAMESPACE, serviceName: service });
}

/**
 * Publishes what an invocation counted, after it and after a failure. An invocation that counted
 * nothing publishes nothing: Powertools' own `logMetrics` would log a warning for each of those
 * (an S3 test event, a batch of repeats).
 */
export function publishMetrics(metrics: Metrics): MiddlewareObj {
  const publish = async () => {
    if (metrics.hasStoredMetrics()) metrics.publishStoredMetrics();
  };
  return { after: publish, onError: publish };
}
