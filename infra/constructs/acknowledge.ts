/**
 * Acknowledges cdk-nag findings on a construct (and everything under it), each with its reason. A
 * finding id is the rule, optionally narrowed to one finding:
 * `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:s3:::portal…/incoming/*]`.
 */
import { Stack, Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
// cdk-nag's own renderer of a resource into a finding id, so ids computed here match its findings.
import { flattenCfnReference } from 'cdk-nag/lib/utils/flatten-cfn-reference.js';

export function acknowledge(scope: IConstruct, reasons: Record<string, string>): void {
  for (const [id, reason] of Object.entries(reasons)) {
    if (reason.trim().length < 20) throw new Error(`Acknowledgement of ${id} on ${scope.node.path} needs a real reason, got "${reason}".`);
    Validations.of(scope).acknowledge({ id: `${rulePack(id)}::${id}`, reason });
  }
}

/** The validation plugin (cdk-nag pack) a rule belongs to: `AwsSolutions-IAM5[…]` → `AwsSolutions`. */
function rulePack(id: string): string {
  const pack = /^(AwsSolutions|Serverless)-/.exec(id)?.[1];
  if (!pack) throw new Error(`${id} is not a rule of the AwsSolutions or Serverless pack.`);
  return pack;
}

/** The id of AwsSolutions-IAM5's finding for a wildcard resource (an ARN, possibly with tokens). */
export function wildcardResourceFinding(scope: IConstruct, resourceArn: string): string {
  return `AwsSolutions-IAM5[Resource::${flattenCfnReference(Stack.of(scope).resolve(resourceArn))}]`;
}
