/**
 * The collective sessions contracts, one file per part in ./sessions/. This file re-exports them all:
 * the modules, the web app and the tests that collect every route of src/contracts import from here.
 */
export * from './sessions/attendance.js';
export * from './sessions/figures.js';
export * from './sessions/participants.js';
export * from './sessions/series.js';
export * from './sessions/staff-training.js';
