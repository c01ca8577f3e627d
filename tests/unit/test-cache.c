/* Unit tests of lib/ocr/cache.c: keys, storing, reopening, file mode,
 * processes that open a new cache at once. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <cmocka.h>

#include "ocr/ocr.h"

static char path[64];

static int
setup(void **state)
{
	int fd;

	(void)state;
	snprintf(path, sizeof(path), "/tmp/lr-cache-XXXXXX");
	if ((fd = mkstemp(path)) < 0)
		return -1;
	close(fd);
	unlink(path);
	return 0;
}

static int
teardown(void **state)
{
	char p[80];

	(void)state;
	unlink(path);
	snprintf(p, sizeof(p), "%s-wal", path);
	unlink(p);
	snprintf(p, sizeof(p), "%s-shm", path);
	unlink(p);
	return 0;
}

static void
key_depends_on_pixels_and_signature(void **state)
{
	PIX *a = pixCreate(100, 50, 1), *b = pixCreate(100, 50, 1);
	char ka[65], kb[65], kc[65];

	(void)state;
	assert_int_equal(lr_cache_key(a, "eng 1", ka), 0);
	assert_int_equal(lr_cache_key(b, "eng 1", kb), 0);
	assert_string_equal(ka, kb);
	pixSetPixel(b, 10, 10, 1);
	assert_int_equal(lr_cache_key(b, "eng 1", kb), 0);
	assert_string_not_equal(ka, kb);
	assert_int_equal(lr_cache_key(a, "eng 2", kc), 0);
	assert_string_not_equal(ka, kc);
	assert_int_equal((int)strlen(ka), 64);
	pixDestroy(&a);
	pixDestroy(&b);
}

static void
put_get_reopen(void **state)
{
	lr_cache *c;
	lr_err err;
	char *v = NULL;
	struct stat st;

	(void)state;
	assert_non_null(c = lr_cache_open(path, &err));
	assert_int_equal(lr_cache_get(c, "k1", &v, &err), 0);
	assert_null(v);
	assert_int_equal(lr_cache_put(c, "k1", "{\"a\":1}", &err), 0);
	assert_int_equal(lr_cache_put(c, "k1", "{\"a\":2}", &err), 0);
	lr_cache_close(c);
	assert_non_null(c = lr_cache_open(path, &err));
	assert_int_equal(lr_cache_get(c, "k1", &v, &err), 1);
	assert_string_equal(v, "{\"a\":2}");
	free(v);
	lr_cache_close(c);
	assert_int_equal(stat(path, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0600);
}

static void
open_fails_cleanly(void **state)
{
	lr_err err;

	(void)state;
	assert_null(lr_cache_open("/nonexistent/dir/c.db", &err));
	assert_non_null(strstr(err.msg, "/nonexistent/dir/c.db"));
}

/* How many processes open one new cache at once, and how many times. */
enum { OPENERS = 4, ROUNDS = 150 };

/* In a child: wait at the barrier (the read end of a pipe whose writers
 * are all closed at once), then open the cache at path and store a key;
 * exits 0, or 1 when the cache failed. */
static void
open_after(int barrier)
{
	lr_cache *c;
	lr_err err;
	char b;

	(void)!read(barrier, &b, 1);
	c = lr_cache_open(path, &err);
	if (c == NULL)
		fprintf(stderr, "# %s\n", err.msg);
	_exit(c == NULL || lr_cache_put(c, "k", "{}", &err) != 0 ||
	    (lr_cache_close(c), 0));
}

/* Processes that open the same new cache at the same moment (as GNU
 * parallel starts ocr-extract --cache over one file) all get it: one's
 * change of the journal to WAL must not fail another's with "database is
 * locked" (SQLite does not call its busy handler there). */
static void
opened_at_once(void **state)
{
	int failed = 0;

	for (int r = 0; r < ROUNDS && !failed; r++) {
		int fd[2], st;

		teardown(state);
		assert_int_equal(pipe(fd), 0);
		for (int i = 0; i < OPENERS; i++)
			if (fork() == 0) {
				close(fd[1]);
				open_after(fd[0]);
			}
		close(fd[0]);
		close(fd[1]);	/* all start */
		for (int i = 0; i < OPENERS; i++)
			if (wait(&st) < 0 || !WIFEXITED(st) ||
			    WEXITSTATUS(st) != 0)
				failed++;
	}
	assert_int_equal(failed, 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(key_depends_on_pixels_and_signature),
		cmocka_unit_test_setup_teardown(put_get_reopen, setup, teardown),
		cmocka_unit_test(open_fails_cleanly),
		cmocka_unit_test_setup_teardown(opened_at_once, setup, teardown),
	};

	cmocka_set_message_output(CM_OUTPUT_TAP);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
