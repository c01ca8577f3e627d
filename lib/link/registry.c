/* The citizen registry's lifecycle: schema, creation (mode 0600), opening,
 * loading, committing (name frequencies reloaded), closing. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "registry-int.h"

/* The registry's format.  Format 2 keys a numbered village with its type
 * ("to 2", not "2"), so a format-1 file would compare villages wrongly. */
#define REG_FORMAT "2"

static const char schema[] =
    "CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT);"
    "CREATE TABLE IF NOT EXISTS citizen("
    " citizen_id TEXT PRIMARY KEY NOT NULL, old_id TEXT,"
    " full_name TEXT NOT NULL, birth_date TEXT, birth_year INTEGER NOT NULL,"
    " sex TEXT, commune_code TEXT, address TEXT,"
    " family TEXT NOT NULL, middle TEXT NOT NULL, given TEXT NOT NULL,"
    " family_tl TEXT NOT NULL, middle_tl TEXT NOT NULL,"
    " given_tl TEXT NOT NULL, family_ascii TEXT NOT NULL,"
    " middle_ascii TEXT NOT NULL, given_ascii TEXT NOT NULL,"
    " middle_last TEXT NOT NULL, village TEXT NOT NULL);"
    "CREATE TABLE IF NOT EXISTS name_freq(part TEXT NOT NULL,"
    " key TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY(part, key))"
    " WITHOUT ROWID;"
    "CREATE TABLE IF NOT EXISTS death(citizen_id TEXT PRIMARY KEY NOT NULL,"
    " death_date TEXT NOT NULL) WITHOUT ROWID;"
    "INSERT OR IGNORE INTO meta VALUES('schema_version', '" REG_FORMAT "');";

static const char indexes[] =
    "CREATE INDEX IF NOT EXISTS citizen_old_id ON citizen(old_id);"
    "CREATE INDEX IF NOT EXISTS citizen_name"
    " ON citizen(family_ascii, given_ascii, birth_year);"
    "CREATE INDEX IF NOT EXISTS citizen_commune_given"
    " ON citizen(commune_code, given_ascii, birth_year);"
    "CREATE INDEX IF NOT EXISTS citizen_commune_family"
    " ON citizen(commune_code, family_ascii, birth_year);"
    "CREATE INDEX IF NOT EXISTS citizen_birth_date ON citizen(birth_date);";

static const char drop_indexes[] =
    "DROP INDEX IF EXISTS citizen_old_id; DROP INDEX IF EXISTS citizen_name;"
    "DROP INDEX IF EXISTS citizen_commune_given;"
    "DROP INDEX IF EXISTS citizen_commune_family;"
    "DROP INDEX IF EXISTS citizen_birth_date;";

static const char recount[] =
    "DELETE FROM name_freq;"
    "INSERT INTO name_freq SELECT 'family', family_ascii, count(*)"
    " FROM citizen GROUP BY family_ascii;"
    "INSERT INTO name_freq SELECT 'given', given_ascii, count(*)"
    " FROM citizen GROUP BY given_ascii;"
    "INSERT INTO name_freq SELECT 'commune', commune_code, count(*)"
    " FROM citizen WHERE commune_code <> '' GROUP BY commune_code;"
    "INSERT INTO name_freq SELECT 'village', commune_code || ' ' || village,"
    " count(*) FROM citizen WHERE commune_code <> '' AND village <> ''"
    " GROUP BY commune_code, village;"
    "INSERT OR REPLACE INTO meta SELECT 'citizens', count(*) FROM citizen;"
    "INSERT OR REPLACE INTO meta VALUES('built', datetime('now'));";

static const char upsert[] =
    "INSERT INTO citizen VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,"
    "?14,?15,?16,?17,?18,?19) ON CONFLICT(citizen_id) DO UPDATE SET"
    " old_id=?2, full_name=?3, birth_date=?4, birth_year=?5, sex=?6,"
    " commune_code=?7, address=?8, family=?9, middle=?10, given=?11,"
    " family_tl=?12, middle_tl=?13, given_tl=?14, family_ascii=?15,"
    " middle_ascii=?16, given_ascii=?17, middle_last=?18, village=?19";

int
lr_reg_fail(lr_registry *r, const char *what, lr_err *err)
{
	lr_err_sys(err, "registry: %s: %s", what, sqlite3_errmsg(r->db));
	return -1;
}

static int
reg_exec(lr_registry *r, const char *sql, lr_err *err)
{
	if (sqlite3_exec(r->db, sql, NULL, NULL, NULL) != SQLITE_OK)
		return lr_reg_fail(r, "database", err);
	return 0;
}

/* Create path with mode 0600 when it does not exist; make it 0600 when it
 * does.  Returns 0, or -1 with err set. */
static int
create_private(const char *path, lr_err *err)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0600);

	if (fd >= 0)
		return close(fd);
	if (errno == EEXIST && chmod(path, 0600) == 0)
		return 0;
	lr_err_sys(err, "'%s': %s", path, strerror(errno));
	return -1;
}

/* Check that the open database holds a registry of this format. */
static int
check_schema(lr_registry *r, lr_err *err)
{
	sqlite3_stmt *st;
	char v[16] = "";

	if (sqlite3_prepare_v2(r->db, "SELECT value FROM meta WHERE"
	    " key = 'schema_version'", -1, &st, NULL) != SQLITE_OK) {
		lr_err_set(err, "not a registry database");
		return -1;
	}
	if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0))
		snprintf(v, sizeof(v), "%s",
		    (const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	if (*v == '\0') {
		lr_err_set(err, "not a registry database");
		return -1;
	}
	if (strcmp(v, REG_FORMAT) != 0) {
		lr_err_set(err, "a registry of format %s, and this one reads "
		    "format " REG_FORMAT ": build it again from the citizens' "
		    "extract into a new file", v);
		return -1;
	}
	return 0;
}

/* Open the SQLite file and set it up for path's use. */
static int
open_db(lr_registry *r, const char *path, int create, lr_err *err)
{
	int flags = create ? SQLITE_OPEN_READWRITE : SQLITE_OPEN_READONLY;

	if (!create && access(path, F_OK) != 0) {
		lr_err_sys(err, "'%s': %s", path, strerror(errno));
		return -1;
	}
	if (create && create_private(path, err) != 0)
		return -1;
	if (sqlite3_open_v2(path, &r->db, flags, NULL) != SQLITE_OK)
		return lr_reg_fail(r, path, err);
	sqlite3_busy_timeout(r->db, 5000);
	if (reg_exec(r, "PRAGMA cache_size = -65536; PRAGMA temp_store = FILE;"
	    "PRAGMA mmap_size = 0;",
	    err) != 0)
		return -1;
	if (create && reg_exec(r, schema, err) != 0)
		return -1;
	if (check_schema(r, err) != 0)
		return -1;
	/* Matching only reads: one read transaction for the whole run saves
	 * a lock and a cache check per lookup. */
	return create ? 0 : reg_exec(r, "BEGIN", err);
}

/* Append one frequency row to fr, whose two arrays have room for *cap
 * rows.  Returns 0, or -1 when out of memory, fr's rows then unchanged. */
static int
freq_add(struct lr_reg_freq *fr, const char *key, long n, size_t *cap)
{
	size_t kcap = *cap, ncap = *cap;
	char *k;

	if (lr_reserve(&fr->key, &kcap, fr->len, sizeof(*fr->key), 256) != 0 ||
	    lr_reserve(&fr->n, &ncap, fr->len, sizeof(*fr->n), 256) != 0 ||
	    (k = strdup(key)) == NULL)
		return -1;
	*cap = kcap;	/* the same as ncap: both grew by the same rule */
	fr->key[fr->len] = k;
	fr->n[fr->len++] = n;
	return 0;
}

/* Load the frequencies of part ("family", "given", "commune", "village")
 * into fr. */
static int
load_part(lr_registry *r, const char *part, struct lr_reg_freq *fr, lr_err *err)
{
	sqlite3_stmt *st;
	size_t cap = 0;

	if (sqlite3_prepare_v2(r->db, "SELECT key, n FROM name_freq WHERE"
	    " part = ?1 ORDER BY key COLLATE BINARY", -1, &st, NULL) != SQLITE_OK)
		return lr_reg_fail(r, "name_freq", err);
	sqlite3_bind_text(st, 1, part, -1, SQLITE_STATIC);
	while (sqlite3_step(st) == SQLITE_ROW) {
		long n = (long)sqlite3_column_int64(st, 1);
		if (freq_add(fr, (const char *)sqlite3_column_text(st, 0), n,
		    &cap) != 0) {
			sqlite3_finalize(st);
			lr_err_sys(err, "out of memory");
			return -1;
		}
	}
	sqlite3_finalize(st);
	return 0;
}

/* The rows of table; 0 when there is no such table (the table of deaths
 * in a registry built before they were kept). */
static long
count_rows(lr_registry *r, const char *table)
{
	sqlite3_stmt *st;
	char sql[64];
	long n = 0;

	snprintf(sql, sizeof(sql), "SELECT count(*) FROM %s", table);
	if (sqlite3_prepare_v2(r->db, sql, -1, &st, NULL) != SQLITE_OK)
		return 0;
	if (sqlite3_step(st) == SQLITE_ROW)
		n = (long)sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return n;
}

/* Load the name frequencies and the counts.  Returns 0, or -1 with err
 * set. */
static int
load_freq(lr_registry *r, lr_err *err)
{
	sqlite3_stmt *st;

	r->deaths = count_rows(r, "death");

	r->count = 0;
	if (sqlite3_prepare_v2(r->db, "SELECT value FROM meta WHERE key ="
	    " 'citizens'", -1, &st, NULL) != SQLITE_OK)
		return lr_reg_fail(r, "meta", err);
	if (sqlite3_step(st) == SQLITE_ROW)
		r->count = (long)sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	if (r->count == 0)
		return 0;
	if (load_part(r, "family", &r->freq[LR_FAMILY], err) != 0 ||
	    load_part(r, "given", &r->freq[LR_GIVEN], err) != 0 ||
	    load_part(r, "commune", &r->freq[LR_COMMUNE], err) != 0)
		return -1;
	return load_part(r, "village", &r->freq[LR_VILLAGE], err);
}

/* Free the lookup statements and the name frequencies. */
static void
stmts_free(lr_registry *r)
{
	for (int q = 0; q < Q_NSTMT; q++) {
		sqlite3_finalize(r->q[q]);
		r->q[q] = NULL;
	}
	for (int p = 0; p < LR_NPARTS; p++) {
		for (size_t i = 0; i < r->freq[p].len; i++)
			free(r->freq[p].key[i]);
		free(r->freq[p].key);
		free(r->freq[p].n);
		memset(&r->freq[p], 0, sizeof(r->freq[p]));
	}
}

/* Free the loading statements. */
static void
puts_free(lr_registry *r)
{
	sqlite3_finalize(r->put);
	sqlite3_finalize(r->put_death);
	sqlite3_finalize(r->drop_death);
	r->put = r->put_death = r->drop_death = NULL;
}

lr_registry *
lr_registry_open(const char *path, int create, lr_err *err)
{
	lr_registry *r = calloc(1, sizeof(*r));

	if (r == NULL) {
		lr_err_sys(err, "out of memory");
		return NULL;
	}
	if (open_db(r, path, create, err) != 0 || load_freq(r, err) != 0) {
		lr_err_prefix(err, "'%s': ", path);
		lr_registry_close(r);
		return NULL;
	}
	return r;
}

int
lr_registry_begin(lr_registry *r, lr_err *err)
{
	/* Loading writes: the page cache, not a map of the file, holds the
	 * pages (a map would count every page read against memory). */
	if (reg_exec(r, "PRAGMA synchronous = OFF; PRAGMA mmap_size = 0;"
	    "PRAGMA cache_size = -65536; BEGIN", err) != 0)
		return -1;
	r->fresh = lr_registry_count(r) == 0;
	if (r->fresh && reg_exec(r, drop_indexes, err) != 0)
		return -1;
	if (sqlite3_prepare_v2(r->db, upsert, -1, &r->put, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(r->db, "INSERT OR REPLACE INTO death"
	    " VALUES(?1, ?2)", -1, &r->put_death, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(r->db, "DELETE FROM death WHERE citizen_id = ?1",
	    -1, &r->drop_death, NULL) != SQLITE_OK)
		return lr_reg_fail(r, "prepare", err);
	return 0;
}

/* Keep p's date of death, or forget one kept before (when the registry
 * was not empty).  Returns the step's SQLite code. */
static int
put_death(lr_registry *r, const lr_person *p)
{
	sqlite3_stmt *st = p->died[0] != '\0' ? r->put_death : r->drop_death;
	int rc;

	if (p->died[0] == '\0' && r->fresh)
		return SQLITE_DONE;
	sqlite3_reset(st);
	sqlite3_bind_text(st, 1, p->id, -1, SQLITE_STATIC);
	if (p->died[0] != '\0')
		sqlite3_bind_text(st, 2, p->died, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	sqlite3_reset(st);
	return rc;
}

/* Bind s as text to parameter i, or NULL when s is NULL or empty. */
static void
bind_text(sqlite3_stmt *st, int i, const char *s)
{
	if (s == NULL || *s == '\0')
		sqlite3_bind_null(st, i);
	else
		sqlite3_bind_text(st, i, s, -1, SQLITE_STATIC);
}

/* Bind the name keys of p to parameters 9..18 of the upsert. */
static void
bind_keys(sqlite3_stmt *st, const lr_person *p)
{
	for (int k = 0; k < LR_NKEYS; k++) {
		sqlite3_bind_text(st, 9 + 3 * k, p->family[k], -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 10 + 3 * k, p->middle[k], -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 11 + 3 * k, p->given[k], -1, SQLITE_STATIC);
	}
	sqlite3_bind_text(st, 18, p->middle_last, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 19, p->village, -1, SQLITE_STATIC);
}

int
lr_registry_put(lr_registry *r, const lr_citizen *c, lr_err *err)
{
	const lr_person *p = &c->p;
	char sex[2] = { (char)p->sex, '\0' };
	int rc;

	sqlite3_reset(r->put);
	sqlite3_bind_text(r->put, 1, p->id, -1, SQLITE_STATIC);
	bind_text(r->put, 2, p->old_id);
	sqlite3_bind_text(r->put, 3, c->full_name, -1, SQLITE_STATIC);
	bind_text(r->put, 4, p->birth_date);
	sqlite3_bind_int(r->put, 5, p->birth_year);
	bind_text(r->put, 6, sex);
	bind_text(r->put, 7, p->commune);
	bind_text(r->put, 8, c->address);
	bind_keys(r->put, p);
	rc = sqlite3_step(r->put);
	sqlite3_reset(r->put);
	if (rc == SQLITE_DONE)
		rc = put_death(r, p);
	return rc == SQLITE_DONE ? 0 : lr_reg_fail(r, "insert", err);
}

int
lr_registry_commit(lr_registry *r, lr_err *err)
{
	puts_free(r);
	if (reg_exec(r, "COMMIT", err) != 0 || reg_exec(r, indexes, err) != 0 ||
	    reg_exec(r, "BEGIN", err) != 0 || reg_exec(r, recount, err) != 0 ||
	    reg_exec(r, "COMMIT; PRAGMA synchronous = FULL;", err) != 0)
		return -1;
	stmts_free(r);
	return load_freq(r, err);
}

long
lr_registry_count(lr_registry *r)
{
	return count_rows(r, "citizen");
}

void
lr_registry_close(lr_registry *r)
{
	if (r == NULL)
		return;
	stmts_free(r);
	puts_free(r);
	if (r->db != NULL && !sqlite3_get_autocommit(r->db))
		sqlite3_exec(r->db, "ROLLBACK", NULL, NULL, NULL);
	sqlite3_close(r->db);
	free(r);
}
