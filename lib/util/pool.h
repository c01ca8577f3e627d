/* An ordered work pool: jobs handed in one by one are worked on by threads
 * in any order, and handed back in the order they came, on the thread that
 * handed them in.  At most `depth` jobs are in flight, so memory stays flat. */
#ifndef LR_POOL_H
#define LR_POOL_H

#include "err.h"

typedef struct lr_pool lr_pool;

/* Work on job, on worker thread number worker (0 .. workers - 1). */
typedef void (*lr_pool_work)(void *job, int worker, void *ctx);

/* A job worked on, handed back in order on the caller's thread. */
typedef void (*lr_pool_done)(void *job, void *ctx);

/* Start workers threads (at least 1) and allow depth jobs (at least 1) in
 * flight.  Returns NULL with err set when threads or memory are lacking. */
lr_pool *lr_pool_new(int workers, int depth, lr_pool_work work,
    lr_pool_done done, void *ctx, lr_err *err);

/* Hand job to the workers.  First hands back every job already worked on,
 * in order, and while depth jobs are in flight waits for the oldest. */
void lr_pool_put(lr_pool *p, void *job);

/* Wait for every job, hand each back in order, stop the threads and free
 * the pool. */
void lr_pool_end(lr_pool *p);

#endif
