/**
 * The cdk-nag findings the service stack accepts, each with its reason. Kept in one place so a
 * reviewer reads every exception to the rule packs at once.
 */
import type { Stack } from 'aws-cdk-lib';
import { acknowledge } from '../constructs/acknowledge.js';

export function acknowledgeServiceStack(stack: Stack): void {
  void stack;
  void acknowledge;
}
