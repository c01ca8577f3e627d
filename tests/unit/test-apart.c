/* Unit tests of lib/ocr/apart.c: work run in a child of the spawner
 * answers, is killed past its CPU budget or when it stalls, and is never
 * left waiting on a lock another thread of the caller held at a fork:
 * many children run from several threads while others allocate (the
 * stall a page reader forked from ocr-extract's worker met under
 * AddressSanitizer). */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "ocr/apart.h"

/* The work of the tests, by the request's first byte: 'e' echoes the
 * request after it and *ctx, 's' spins, 'p' sleeps, 'x' exits, 'a'
 * allocates and frees as a page reader does, then answers {"len"}. */
static json_t *
work(void *ctx, const void *req, size_t len)
{
	const char *r = req;

	switch (len > 0 ? r[0] : 'e') {
	case 's':
		for (volatile unsigned long i = 0;; i++)
			;
	case 'p':
		for (;;)
			pause();
	case 'x':
		_exit(3);
	case 'a':
		for (int i = 0; i < 2000; i++) {
			char *p = malloc(64 + (size_t)(i % 50) * 1000);

			p[0] = 1;
			free(p);
		}
		return json_pack("{s:I}", "len", (json_int_t)len);
	default:
		return json_pack("{s:s%,s:i}", "req", r + 1, len - 1, "ctx",
		    *(int *)ctx);
	}
}

static int ctx_value = 7;

/* The preparation of the tests: the context grown by 10. */
static void
prep(void *ctx)
{
	*(int *)ctx += 10;
}

static lr_apart *
start(void)
{
	lr_err err;
	lr_apart *a = lr_apart_start(work, prep, &ctx_value, &err);

	assert_non_null(a);
	return a;
}

/* The child answers what fn returns, with the context as it was at the
 * start: a later change in the caller does not reach it. */
static void
answers_with_the_context_at_the_start(void **state)
{
	lr_apart *a = start();
	lr_apart_end end;
	lr_err err;
	json_t *j;
	char *s;

	(void)state;
	ctx_value = 8;
	j = lr_apart_run(a, "eThửa 125", strlen("eThửa 125"), 0, &end, &err);
	ctx_value = 7;
	assert_non_null(j);
	s = json_dumps(j, JSON_COMPACT | JSON_SORT_KEYS);
	assert_string_equal(s, "{\"ctx\":7,\"req\":\"Thửa 125\"}");
	free(s);
	json_decref(j);
	assert_false(end.killed);
	assert_false(end.stalled);
	assert_true(end.cpu_ms >= 0 && end.cpu_ms < 1000);
	lr_apart_stop(a);
}

/* The echo of the context by a child of a. */
static int
ctx_of_child(lr_apart *a)
{
	lr_apart_end end;
	lr_err err;
	json_t *j = lr_apart_run(a, "e", 1, 0, &end, &err);
	int v;

	assert_non_null(j);
	v = (int)json_integer_value(json_object_get(j, "ctx"));
	json_decref(j);
	return v;
}

/* The spawner's preparation, asked for by the caller, reaches the
 * children forked after it, each time asked, and not the caller. */
static void
prepared_for_the_children_after(void **state)
{
	lr_apart *a = start();

	(void)state;
	assert_int_equal(ctx_of_child(a), 7);
	assert_int_equal(lr_apart_prepare(a), 0);
	assert_int_equal(ctx_of_child(a), 17);
	assert_int_equal(ctx_of_child(a), 17);
	assert_int_equal(lr_apart_prepare(a), 0);
	assert_int_equal(ctx_of_child(a), 27);
	assert_int_equal(ctx_value, 7);
	lr_apart_stop(a);
}

/* A child that spins is killed past its budget, its CPU time about it. */
static void
killed_past_its_budget(void **state)
{
	lr_apart *a = start();
	lr_apart_end end;
	lr_err err;

	(void)state;
	assert_null(lr_apart_run(a, "s", 1, 300, &end, &err));
	assert_true(end.killed);
	assert_string_equal(err.msg, "killed past its CPU time");
	assert_true(end.cpu_ms > 300 && end.cpu_ms < 3000);
	lr_apart_stop(a);
}

/* A child that uses no CPU for the stall limit is killed; one that exits
 * without an answer is a failure; the spawner serves on after both. */
static void
stalled_and_died(void **state)
{
	lr_apart *a = start();
	lr_apart_end end;
	lr_err err;
	json_t *j;

	(void)state;
	setenv("LANDREC_TEST_STALL_MS", "300", 1);
	assert_null(lr_apart_run(a, "p", 1, 0, &end, &err));
	unsetenv("LANDREC_TEST_STALL_MS");
	assert_true(end.stalled);
	assert_false(end.killed);
	assert_string_equal(err.msg, "stalled: no CPU time for 0.3 s");
	assert_null(lr_apart_run(a, "x", 1, 0, &end, &err));
	assert_false(end.stalled);
	assert_string_equal(err.msg, "the child process died before its answer");
	j = lr_apart_run(a, "eon", 3, 0, &end, &err);
	assert_non_null(j);
	json_decref(j);
	lr_apart_stop(a);
}

enum { RUNNERS = 4, RUNS = 25, CHURNERS = 2 };

static volatile int churning;

/* A thread of the caller that allocates and frees all the while, small
 * and large blocks, as ocr-extract's extraction does beside the pages. */
static void *
churn(void *arg)
{
	(void)arg;
	while (churning) {
		void *p[64];

		for (int i = 0; i < 64; i++)
			p[i] = malloc(16 + (size_t)(i * 7919 % 200000));
		for (int i = 0; i < 64; i++)
			free(p[i]);
	}
	return NULL;
}

struct runner {
	lr_apart *a;
	int answered;
};

/* A thread of the caller that runs RUNS children, one after another. */
static void *
run_many(void *arg)
{
	struct runner *r = arg;
	char req[4096];

	memset(req, 'a', sizeof(req));
	for (int i = 0; i < RUNS; i++) {
		lr_apart_end end;
		lr_err err;
		json_t *j = lr_apart_run(r->a, req, sizeof(req), 0, &end, &err);

		r->answered += json_integer_value(json_object_get(j, "len")) ==
		    (json_int_t)sizeof(req);
		json_decref(j);
	}
	return NULL;
}

/* RUNNERS threads run children while CHURNERS threads allocate: every
 * child answers, none stalls (the limit set to 20 s: a child that waits on
 * a lock held at its fork never runs again). */
static void
many_from_threads_that_allocate(void **state)
{
	lr_apart *a = start();
	pthread_t churners[CHURNERS], runners[RUNNERS];
	struct runner r[RUNNERS];
	int answered = 0;

	(void)state;
	setenv("LANDREC_TEST_STALL_MS", "20000", 1);
	churning = 1;
	for (int i = 0; i < CHURNERS; i++)
		assert_int_equal(pthread_create(&churners[i], NULL, churn,
		    NULL), 0);
	for (int i = 0; i < RUNNERS; i++) {
		r[i] = (struct runner){ a, 0 };
		assert_int_equal(pthread_create(&runners[i], NULL, run_many,
		    &r[i]), 0);
	}
	for (int i = 0; i < RUNNERS; i++) {
		pthread_join(runners[i], NULL);
		answered += r[i].answered;
	}
	churning = 0;
	for (int i = 0; i < CHURNERS; i++)
		pthread_join(churners[i], NULL);
	unsetenv("LANDREC_TEST_STALL_MS");
	assert_int_equal(answered, RUNNERS * RUNS);
	lr_apart_stop(a);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(answers_with_the_context_at_the_start),
		cmocka_unit_test(prepared_for_the_children_after),
		cmocka_unit_test(killed_past_its_budget),
		cmocka_unit_test(stalled_and_died),
		cmocka_unit_test(many_from_threads_that_allocate),
	};

	cmocka_set_message_output(CM_OUTPUT_TAP);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
