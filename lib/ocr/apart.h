/* Work run apart, in a child process that is killed when its CPU time
 * passes a budget: a deadline that holds wherever the work spins
 * (Tesseract's layout analysis never calls the cancel callback that its
 * recognition calls).  Private to lib/ocr.
 *
 * The children are forked by a spawner, a process forked once by
 * lr_apart_start() while the caller still has one thread, which never has
 * another.  A child forked from a threaded process inherits the locks
 * other threads held at the fork, with no thread to release them:
 * AddressSanitizer's allocator (GCC 12) takes none around fork, and a
 * page reader forked from ocr-extract's worker waited for ever on its
 * size class's mutex, freeing through the quarantine.  A child of the
 * spawner finds every lock as its one thread left it. */
#ifndef LR_APART_H
#define LR_APART_H

#include <stddef.h>
#include <jansson.h>

#include "util/util.h"

/* The work, run in a child: its answer to the request req (len bytes, the
 * child's), ctx as given to lr_apart_start(), as a new JSON value; NULL
 * when it failed.  The child exits after: nothing need be freed. */
typedef json_t *(*lr_apart_fn)(void *ctx, const void *req, size_t len);

/* Work the spawner does for the children it forks after, on the caller's
 * word (lr_apart_prepare()): loading what a few requests need, once,
 * rather than in each child or in every run.  ctx as given to
 * lr_apart_start(), the spawner's copy. */
typedef void (*lr_apart_prep_fn)(void *ctx);

/* The spawner of the children that run fn. */
typedef struct lr_apart lr_apart;

/* How an lr_apart_run() ended. */
typedef struct lr_apart_end {
	int killed;		/* killed past its budget */
	int stalled;		/* killed for using no CPU at all that long */
	double cpu_ms;		/* the child's CPU time */
} lr_apart_end;

/* Milliseconds of watching in which a child may use no CPU at all before
 * it is killed (for tests alone, LANDREC_TEST_STALL_MS in the environment
 * says another). */
#define LR_APART_STALL_MS (5 * 60 * 1000)

/* Fork the spawner of children that run fn(ctx, ...), and prep(ctx)
 * (NULL: none) when told to (lr_apart_prepare()).  Call it while the
 * caller has one thread: the spawner is a copy of the process as it is
 * now, and so is every child, ctx and all it points to included (later
 * changes in the caller do not reach them; prep's in the spawner reach
 * the children forked after it).  Its standard input and output are
 * /dev/null; it ends with lr_apart_stop(), or when the caller exits.
 * Returns the spawner (the caller's, for lr_apart_stop()), or NULL with
 * err set. */
lr_apart *lr_apart_start(lr_apart_fn fn, lr_apart_prep_fn prep, void *ctx,
    lr_err *err);

/* Have the spawner a run its prep before it forks the children of the
 * runs asked for after this call (callers in several threads may share
 * a).  Returns 0, or -1 when the spawner cannot be told. */
int lr_apart_prepare(lr_apart *a);

/* Run fn on the request req (len bytes, borrowed) in a child of the
 * spawner a, which sends back the JSON fn returns.  The child is killed
 * when its CPU time passes budget_ms (0: no limit), or when it stalls.
 * Callers in several threads may share a.  Returns that JSON (the
 * caller's), or NULL with err set: killed (end->killed), stalled
 * (end->stalled), or the child failed.  *end says how it ended. */
json_t *lr_apart_run(lr_apart *a, const void *req, size_t len,
    double budget_ms, lr_apart_end *end, lr_err *err);

/* End the spawner a (NULL: nothing) and free it; children running go on
 * to their end. */
void lr_apart_stop(lr_apart *a);

#endif
