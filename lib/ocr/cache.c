/* The OCR cache in SQLite: WAL, busy timeout, prepared statements only. */
#include <fcntl.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sqlite3.h>

#include "cache.h"
#include "util/util.h"

struct lr_cache {
	sqlite3 *db;
	sqlite3_stmt *get, *put;
	pthread_mutex_t lock;	/* the statements are shared by threads */
};

/* How long a statement waits for another process's lock, and how often
 * the schema is tried again meanwhile, milliseconds. */
enum { BUSY_MS = 60000, RETRY_MS = 20 };

static const char schema[] =
    "PRAGMA journal_mode=WAL;"
    "PRAGMA synchronous=NORMAL;"
    "CREATE TABLE IF NOT EXISTS ocr_page ("
    " key TEXT PRIMARY KEY, result TEXT NOT NULL, made INTEGER NOT NULL);";

/* Create the file with mode 0600 before SQLite does (its journal and WAL
 * files then get the same mode). */
static int
create_private(const char *path, lr_err *err)
{
	int fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);

	if (fd < 0) {
		lr_err_sys(err, "'%s': cannot create the cache", path);
		return -1;
	}
	close(fd);
	return 0;
}

/* Run the schema on db, again while another process holds the lock:
 * processes that open a new cache at once (GNU parallel's ocr-extract
 * --cache over one file) meet in the change of the journal to WAL, where
 * SQLite answers "database is locked" without calling the busy handler.
 * As long as the busy timeout at most; SQLite's return code. */
static int
set_schema(sqlite3 *db)
{
	int rc;

	for (int i = 0; (rc = sqlite3_exec(db, schema, NULL, NULL, NULL)) ==
	    SQLITE_BUSY && i < BUSY_MS / RETRY_MS; i++)
		sqlite3_sleep(RETRY_MS);
	return rc;
}

/* Set the cache up; -1 with err naming SQLite's complaint. */
static int
prepare(lr_cache *c, const char *path, lr_err *err)
{
	if (sqlite3_open_v2(path, &c->db, SQLITE_OPEN_READWRITE |
	    SQLITE_OPEN_FULLMUTEX, NULL) != SQLITE_OK ||
	    sqlite3_busy_timeout(c->db, BUSY_MS) != SQLITE_OK ||
	    set_schema(c->db) != SQLITE_OK ||
	    sqlite3_prepare_v2(c->db, "SELECT result FROM ocr_page WHERE key = ?",
	    -1, &c->get, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(c->db, "INSERT OR REPLACE INTO ocr_page "
	    "(key, result, made) VALUES (?, ?, strftime('%s','now'))", -1,
	    &c->put, NULL) != SQLITE_OK) {
		lr_err_sys(err, "'%s': %s", path, c->db != NULL ?
		    sqlite3_errmsg(c->db) : "out of memory");
		return -1;
	}
	return 0;
}

lr_cache *
lr_cache_open(const char *path, lr_err *err)
{
	lr_cache *c = calloc(1, sizeof(*c));

	if (c == NULL) {
		lr_err_sys(err, "out of memory");
		return NULL;
	}
	pthread_mutex_init(&c->lock, NULL);
	if (create_private(path, err) != 0 || prepare(c, path, err) != 0) {
		lr_cache_close(c);
		return NULL;
	}
	return c;
}

int
lr_cache_key(PIX *pix, const char *sig, char key[65])
{
	lr_sha256 *h = lr_sha256_new();
	l_int32 head[4] = { pixGetWidth(pix), pixGetHeight(pix),
	    pixGetDepth(pix), pixGetXRes(pix) };
	l_uint32 *data = pixGetData(pix);
	size_t row = (size_t)pixGetWpl(pix) * 4;

	if (h == NULL)
		return -1;
	lr_sha256_add(h, sig, strlen(sig) + 1);
	lr_sha256_add(h, head, sizeof(head));
	for (l_int32 y = 0; y < head[1]; y++)
		lr_sha256_add(h, (const char *)data + row * (size_t)y, row);
	lr_sha256_hex(h, key);
	lr_sha256_free(h);
	return 0;
}

/* Make st ready for the next use and let other threads in. */
static void
done(lr_cache *c, sqlite3_stmt *st)
{
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	pthread_mutex_unlock(&c->lock);
}

int
lr_cache_get(lr_cache *c, const char *key, char **value, lr_err *err)
{
	int rc, ret = 0;

	*value = NULL;
	pthread_mutex_lock(&c->lock);
	sqlite3_bind_text(c->get, 1, key, -1, SQLITE_STATIC);
	rc = sqlite3_step(c->get);
	if (rc == SQLITE_ROW) {
		const char *v = (const char *)sqlite3_column_text(c->get, 0);
		*value = strdup(v != NULL ? v : "");
		ret = *value != NULL ? 1 : -1;
		if (ret < 0)
			lr_err_sys(err, "out of memory");
	} else if (rc != SQLITE_DONE) {
		lr_err_sys(err, "cache: %s", sqlite3_errmsg(c->db));
		ret = -1;
	}
	done(c, c->get);
	return ret;
}

int
lr_cache_put(lr_cache *c, const char *key, const char *value, lr_err *err)
{
	int ret = 0;

	pthread_mutex_lock(&c->lock);
	sqlite3_bind_text(c->put, 1, key, -1, SQLITE_STATIC);
	sqlite3_bind_text(c->put, 2, value, -1, SQLITE_STATIC);
	if (sqlite3_step(c->put) != SQLITE_DONE) {
		lr_err_sys(err, "cache: %s", sqlite3_errmsg(c->db));
		ret = -1;
	}
	done(c, c->put);
	return ret;
}

void
lr_cache_close(lr_cache *c)
{
	if (c == NULL)
		return;
	sqlite3_finalize(c->get);
	sqlite3_finalize(c->put);
	sqlite3_close(c->db);
	pthread_mutex_destroy(&c->lock);
	free(c);
}
