/* Work run apart, in a child process that is killed when its CPU time
 * passes a budget: a deadline that holds wherever the work spins
 * (Tesseract's layout analysis never calls the cancel callback that its
 * recognition calls).  Private to lib/ocr. */
#ifndef LR_APART_H
#define LR_APART_H

#include <jansson.h>

#include "util/util.h"

/* The work: its answer as a new JSON value, or NULL when it failed. */
typedef json_t *(*lr_apart_fn)(void *arg);

/* How an lr_apart_run() ended. */
typedef struct lr_apart_end {
	int killed;		/* killed past its budget */
	int stalled;		/* killed for using no CPU at all that long */
	double cpu_ms;		/* the child's CPU time */
} lr_apart_end;

/* Milliseconds of watching in which a child may use no CPU at all (stuck
 * on a lock another thread held when it was forked) before it is
 * killed. */
#define LR_APART_STALL_MS (5 * 60 * 1000)

/* Run fn(arg) in a child process (fork, no exec: the child sees the
 * caller's memory as it was, copy on write, runs only the calling thread,
 * and must touch nothing another thread holds, the OCR cache's database
 * among them), which sends back the JSON fn returns.  The child is killed
 * when its CPU time passes budget_ms (0: no limit), or when it stalls.
 * Returns that JSON
 * (the caller's), or NULL with err set: killed (end->killed), or the
 * child failed.  *end says how it ended. */
json_t *lr_apart_run(lr_apart_fn fn, void *arg, double budget_ms,
    lr_apart_end *end, lr_err *err);

#endif
