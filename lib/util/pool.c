/* An ordered work pool over POSIX threads: a ring of job slots. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "pool.h"

struct slot {
	void *job;
	int done;		/* worked on, ready to hand back */
};

struct lr_pool {
	pthread_mutex_t mu;
	pthread_cond_t more;	/* a job to work on, or stop */
	pthread_cond_t ready;	/* a job worked on */
	struct slot *ring;
	size_t depth;
	size_t head, next, tail; /* to hand back, to work on, to fill */
	int stop;
	lr_pool_work work;
	lr_pool_done done;
	void *ctx;
	pthread_t *threads;
	int nthreads;
};

/* A worker's start: its pool and number. */
struct start {
	lr_pool *p;
	int worker;
};

/* Take the next job to work on, or NULL when stopped (lock held). */
static struct slot *
take(lr_pool *p)
{
	while (!p->stop && p->next == p->tail)
		pthread_cond_wait(&p->more, &p->mu);
	if (p->next == p->tail)
		return NULL;
	return &p->ring[p->next++ % p->depth];
}

static void *
worker(void *arg)
{
	struct start st = *(struct start *)arg;
	lr_pool *p = st.p;
	struct slot *s;

	free(arg);
	pthread_mutex_lock(&p->mu);
	while ((s = take(p)) != NULL) {
		pthread_mutex_unlock(&p->mu);
		p->work(s->job, st.worker, p->ctx);
		pthread_mutex_lock(&p->mu);
		s->done = 1;
		pthread_cond_broadcast(&p->ready);
	}
	pthread_mutex_unlock(&p->mu);
	return NULL;
}

/* Start worker number i; 0, or -1. */
static int
spawn(lr_pool *p, int i)
{
	struct start *st = malloc(sizeof(*st));

	if (st == NULL)
		return -1;
	st->p = p;
	st->worker = i;
	if (pthread_create(&p->threads[i], NULL, worker, st) != 0) {
		free(st);
		return -1;
	}
	p->nthreads++;
	return 0;
}

/* Hand back the jobs at the head that are done; with wait, first wait for
 * the oldest.  Called with the lock held; the lock is let go meanwhile. */
static void
hand_back(lr_pool *p, int wait)
{
	struct slot *s;

	while (p->head != p->tail) {
		s = &p->ring[p->head % p->depth];
		while (wait && !s->done)
			pthread_cond_wait(&p->ready, &p->mu);
		if (!s->done)
			return;
		wait = 0;
		s->done = 0;
		p->head++;
		pthread_mutex_unlock(&p->mu);
		p->done(s->job, p->ctx);
		pthread_mutex_lock(&p->mu);
	}
}

/* Stop and join the threads, free p. */
static void
stop(lr_pool *p)
{
	pthread_mutex_lock(&p->mu);
	p->stop = 1;
	pthread_cond_broadcast(&p->more);
	pthread_mutex_unlock(&p->mu);
	for (int i = 0; i < p->nthreads; i++)
		pthread_join(p->threads[i], NULL);
	pthread_cond_destroy(&p->more);
	pthread_cond_destroy(&p->ready);
	pthread_mutex_destroy(&p->mu);
	free(p->threads);
	free(p->ring);
	free(p);
}

lr_pool *
lr_pool_new(int workers, int depth, lr_pool_work work, lr_pool_done done,
    void *ctx, lr_err *err)
{
	lr_pool *p = calloc(1, sizeof(*p));

	if (p == NULL) {
		lr_err_sys(err, "out of memory");
		return NULL;
	}
	pthread_mutex_init(&p->mu, NULL);
	pthread_cond_init(&p->more, NULL);
	pthread_cond_init(&p->ready, NULL);
	p->depth = (size_t)(depth > 0 ? depth : 1);
	p->work = work;
	p->done = done;
	p->ctx = ctx;
	p->ring = calloc(p->depth, sizeof(*p->ring));
	p->threads = calloc((size_t)(workers > 0 ? workers : 1),
	    sizeof(*p->threads));
	for (int i = 0; p->ring && p->threads && i < (workers > 0 ? workers : 1); i++)
		if (spawn(p, i) != 0)
			break;
	if (p->nthreads == 0) {
		lr_err_sys(err, "cannot start worker threads");
		stop(p);
		return NULL;
	}
	return p;
}

void
lr_pool_put(lr_pool *p, void *job)
{
	pthread_mutex_lock(&p->mu);
	hand_back(p, p->tail - p->head == p->depth);
	p->ring[p->tail++ % p->depth].job = job;
	pthread_cond_signal(&p->more);
	pthread_mutex_unlock(&p->mu);
}

void
lr_pool_end(lr_pool *p)
{
	pthread_mutex_lock(&p->mu);
	while (p->head != p->tail)
		hand_back(p, 1);
	pthread_mutex_unlock(&p->mu);
	stop(p);
}
