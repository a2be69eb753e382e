/** The example journeys, in the order the journey list shows them. */
import type { JourneyData } from '../../src/domain/schema';
import * as bankWealth from './bankWealth';
import * as consumerLoan from './consumerLoan';
import * as creditCard from './creditCard';
import type { ExampleInfo } from './dsl';
import * as insuranceTelesales from './insuranceTelesales';

export interface ExampleSource {
  info: ExampleInfo;
  build: () => JourneyData;
}

export const EXAMPLE_SOURCES: readonly ExampleSource[] = [bankWealth, insuranceTelesales, creditCard, consumerLoan];
