/* export-xml: write decision records as the land database's exchange XML. */
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <libxml/parser.h>

#include "fe/cli.h"
#include "xml/xml.h"
#include "util/util.h"
#include "record/record.h"
#include "text/text.h"

#define SCHEMA "hoso.xsd"

static const char usage[] =
    "usage: export-xml [-qhV] [-o file | -d dir] [-j n] [--rejects file]\n"
    "                  [--no-validate] [--require-reviewed] [--units file]\n"
    "                  [--units-map file] [--current-units] [--schema file]\n"
    "                  [--progress[=N]] [file ...]\n";

static const char help[] =
    "Write decision records as the land database's exchange XML: one HoSoXml\n"
    "per decision in a DanhSachHoSo document, validated against the XSD.\n"
    "\n"
    "  -o, --output FILE      write the document to FILE atomically (default stdout)\n"
    "  -d, --dir DIR          write one file DIR/ID.xml per decision instead\n"
    "  -j, --jobs N           build and validate on N threads (default: the CPUs)\n"
    "      --rejects FILE     write refused records with their reasons (JSON Lines)\n"
    "      --no-validate      do not validate against the XSD\n"
    "      --require-reviewed refuse records with review items\n"
    "      --units FILE       find missing commune codes by name (admin-units CSV)\n"
    "      --units-map FILE   the July 2025 commune map (commune-map CSV)\n"
    "                         (both default to landrec's data/ or\n"
    "                         $LANDREC_DATA; an empty FILE for none)\n"
    "      --current-units    map pre-July-2025 communes to today's codes\n"
    "      --schema FILE      the XSD (default: found as the manual says)\n"
    "      --progress[=N]     progress line every N records (default 10000)\n"
    "  -q, --quiet            no progress, no summary\n"
    "  -h, --help             show this help and exit\n"
    "  -V, --version          show the version and exit\n";

#define BATCH 128		/* records a job */

/* One line read: a record, or a line (or file) that could not be read. */
struct item {
	json_t *rec;		/* NULL: not a record, or freed once written */
	const char *file;	/* borrowed from argv, or "<stdin>" */
	size_t lineno;		/* 0: the file could not be opened */
	char *why;		/* why not a record; NULL for a record */
	char *line;		/* the line; kept when malformed, for the rejects */
	size_t linelen;
	json_t *reasons;	/* why the record is refused */
	int dup;		/* a duplicate, skipped */
	size_t off, len;	/* its XML in the batch's text */
};

/* A job for the workers: up to BATCH lines, and the XML of their records. */
struct batch {
	struct item v[BATCH];
	int n;
	xmlBufferPtr text;
};

/* What one worker thread builds and validates with. */
struct worker {
	lr_hoso *hoso;
	lr_schema_validator *v;
};

struct run {
	lr_schema *schema;
	struct worker *ws;	/* one per worker thread */
	int nws;
	lr_pool *pool;
	struct batch *cur;	/* being filled */
	lr_xmlout *out;		/* the batch document; NULL with -d */
	const char *dir;
	int validate, lean;	/* lean: identity constraints checked in C */
	long records, written, rejected, dups;
};

/* Refuse item it: a diagnostic, and the record with its reasons (handed
 * over) to the rejects file. */
static void
reject(struct run *r, struct item *it)
{
	size_t n = json_array_size(it->reasons);

	cli_error("%s:%zu: '%s': %s%s", it->file, it->lineno,
	    lr_record_id(it->rec),
	    json_string_value(json_array_get(it->reasons, 0)),
	    n > 1 ? " (and more)" : "");
	cli_reject_record(it->rec, it->reasons);
	it->reasons = NULL;
	r->rejected++;
}

/* 1 when id can name a file in the output directory. */
static int
file_safe(const char *id)
{
	return *id != '\0' && *id != '.' && strchr(id, '/') == NULL &&
	    strlen(id) < NAME_MAX - 4;
}

/* Write the XML text of a HoSoXml as DIR/ID.xml, a document of its own. */
static void
write_file(struct run *r, const char *id, const char *text, size_t len)
{
	char path[PATH_MAX];
	lr_xmlout *x;
	cli_out *o;
	lr_err err;

	snprintf(path, sizeof(path), "%s/%s.xml", r->dir, id);
	o = cli_out_open(path, 0600);
	if ((x = lr_xmlout_new(cli_out_fp(o), NULL, &err)) == NULL ||
	    lr_xmlout_put_text(x, text, len, &err) != 0 ||
	    lr_xmlout_end(x, &err) != 0) {
		lr_err_prefix(&err, "'%s': ", path);
		cli_stop(&err);
	}
	cli_out_commit(o);
}

/* Validate doc against the XSD; 0, or -1 with reasons added.  Lean: the XSD
 * without its identity constraints, and those checked in C. */
static int
check(struct run *r, int worker, xmlDocPtr doc, json_t *reasons)
{
	if (lr_schema_validator_run(r->ws[worker].v, doc, reasons) != 0)
		return -1;
	return r->lean ? lr_hoso_check_ids(doc, reasons) : 0;
}

/* Build, validate and serialise the HoSoXml of it (on a worker). */
static void
make(struct run *r, int worker, struct item *it, xmlBufferPtr text)
{
	xmlDocPtr doc;

	it->reasons = json_array();
	doc = lr_hoso_build(r->ws[worker].hoso, it->rec, it->reasons);
	if (doc != NULL && r->validate && check(r, worker, doc, it->reasons) != 0) {
		xmlFreeDoc(doc);
		doc = NULL;
	}
	if (doc != NULL && r->dir != NULL && !file_safe(lr_record_id(it->rec)))
		json_array_append_new(it->reasons, json_string(
		    "id: not usable as a file name"));
	it->off = (size_t)xmlBufferLength(text);
	if (doc != NULL && lr_xmlout_dump(doc, r->dir == NULL, text) != 0)
		json_array_append_new(it->reasons, json_string("out of memory"));
	it->len = (size_t)xmlBufferLength(text) - it->off;
	xmlFreeDoc(doc);
}

/* Parse the line of item it into its record, or say why it is none. */
static void
parse_line(struct item *it)
{
	lr_err err;

	if (lr_record_parse(it->line, it->linelen, &it->rec, &err) != LR_READ_OK) {
		if ((it->why = strdup(err.msg)) == NULL)
			cli_fatal("out of memory");
		return;
	}
	free(it->line);
	it->line = NULL;
}

/* lr_pool_work: the records of a batch.  A record no longer needed (written
 * to the batch document, or a duplicate) is freed here, off the reader. */
static void
work(void *job, int worker, void *ctx)
{
	struct batch *b = job;
	struct run *r = ctx;
	struct item *it;

	for (int i = 0; i < b->n; i++) {
		if ((it = &b->v[i])->why == NULL && it->rec == NULL)
			parse_line(it);
		if (it->why != NULL)
			continue;
		if (json_object_get(it->rec, "duplicate_of") != NULL)
			it->dup = 1;
		else
			make(r, worker, it, b->text);
		if (json_array_size(it->reasons) == 0 && r->dir == NULL) {
			json_decref(it->rec);
			it->rec = NULL;
		}
	}
}

/* Write the HoSoXml of record it made by make(), or refuse it. */
static void
emit(struct run *r, struct item *it, const char *text)
{
	lr_err err;

	if (json_array_size(it->reasons) > 0) {
		reject(r, it);
		return;
	}
	if (r->dir != NULL)
		write_file(r, lr_record_id(it->rec), text + it->off, it->len);
	else if (lr_xmlout_put_text(r->out, text + it->off, it->len, &err) != 0)
		cli_stop(&err);
	r->written++;
	json_decref(it->reasons);
}

/* Hand back item it in input order: output, diagnostics and rejects. */
static void
finish(struct run *r, struct item *it, const char *text)
{
	if (it->why != NULL) {
		if (it->lineno == 0)
			cli_error("%s", it->why);
		else
			cli_error("%s:%zu: %s", it->file, it->lineno, it->why);
		if (it->line != NULL)
			cli_reject_line(it->file, it->lineno, it->line, it->why);
		free(it->why);
		free(it->line);
		return;
	}
	if (it->dup)
		r->dups++;
	else
		emit(r, it, text);
	cli_progress_tick(++r->records);
	json_decref(it->rec);
}

/* lr_pool_done: a batch in input order. */
static void
done(void *job, void *ctx)
{
	struct batch *b = job;

	for (int i = 0; i < b->n; i++)
		finish(ctx, &b->v[i], (const char *)xmlBufferContent(b->text));
	xmlBufferFree(b->text);
	free(b);
}

/* The next item to fill, in a new batch when the current one is full. */
static struct item *
next_item(struct run *r)
{
	if (r->cur != NULL && r->cur->n == BATCH) {
		lr_pool_put(r->pool, r->cur);
		r->cur = NULL;
	}
	if (r->cur == NULL && ((r->cur = calloc(1, sizeof(*r->cur))) == NULL ||
	    (r->cur->text = xmlBufferCreateSize(BATCH * 4096)) == NULL))
		cli_fatal("out of memory");
	return &r->cur->v[r->cur->n++];
}

/* A line that is not a record, or a file that cannot be read (lineno 0). */
static void
not_read(struct run *r, const char *file, size_t lineno, const char *why,
    const char *line)
{
	struct item *it = next_item(r);

	it->file = file;
	it->lineno = lineno;
	if ((it->why = strdup(why)) == NULL ||
	    (line != NULL && (it->line = strdup(line)) == NULL))
		cli_fatal("out of memory");
}

/* Hand each line of fp (named name) to the workers, which parse it. */
static void
read_lines(struct run *r, FILE *fp, const char *name)
{
	lr_reader *rd = lr_reader_new(fp);
	enum lr_read st;
	const char *line;
	char why[PATH_MAX + 200];
	size_t len;
	lr_err err;
	struct item *it;

	if (rd == NULL)
		cli_fatal("out of memory");
	while ((st = lr_reader_next_line(rd, &line, &len, &err)) == LR_READ_OK) {
		it = next_item(r);
		it->file = name;
		it->lineno = lr_reader_lineno(rd);
		if ((it->line = malloc(len + 1)) == NULL)
			cli_fatal("out of memory");
		memcpy(it->line, line, len + 1);
		it->linelen = len;
	}
	if (st == LR_READ_IOERR) {
		snprintf(why, sizeof(why), "'%s': %s", name, err.msg);
		not_read(r, name, 0, why, NULL);
	}
	lr_reader_free(rd);
}

/* Read the files named (none: stdin; "-" is stdin), in order. */
static void
read_all(struct run *r, int argc, char **argv)
{
	char why[PATH_MAX + 100];
	FILE *fp;

	if (argc == 0)
		read_lines(r, stdin, "<stdin>");
	for (int i = 0; i < argc; i++) {
		if (strcmp(argv[i], "-") == 0) {
			read_lines(r, stdin, "<stdin>");
		} else if ((fp = fopen(argv[i], "r")) != NULL) {
			read_lines(r, fp, argv[i]);
			fclose(fp);
		} else {
			snprintf(why, sizeof(why), "'%s': %s", argv[i],
			    strerror(errno));
			not_read(r, argv[i], 0, why, NULL);
		}
	}
	if (r->cur != NULL)
		lr_pool_put(r->pool, r->cur);
	r->cur = NULL;
}

/* The XSD: --schema, else found as the other data files are. */
static lr_schema *
load_schema(const char *path)
{
	char *dir = NULL, found[PATH_MAX];
	lr_schema *s;
	lr_err err;

	if (path == NULL) {
		dir = cli_data_dir(NULL, SCHEMA);
		snprintf(found, sizeof(found), "%s/%s", dir, SCHEMA);
		path = found;
	}
	if ((s = lr_schema_load(path, &err)) == NULL)
		cli_stop(&err);
	free(dir);
	return s;
}

struct opts {
	const char *output, *dir, *rejects, *schema, *units, *map;
	int flags, validate, jobs;
};

static void
parse(int argc, char **argv, struct opts *o)
{
	static const struct option longopts[] = {
		{ "output", required_argument, NULL, 'o' },
		{ "dir", required_argument, NULL, 'd' },
		{ "jobs", required_argument, NULL, 'j' },
		{ "rejects", required_argument, NULL, 'R' },
		{ "no-validate", no_argument, NULL, 'N' },
		{ "require-reviewed", no_argument, NULL, 'r' },
		{ "units", required_argument, NULL, 'U' },
		{ "units-map", required_argument, NULL, 'M' },
		{ "current-units", no_argument, NULL, 'C' },
		{ "schema", required_argument, NULL, 'S' },
		{ "progress", optional_argument, NULL, 'P' },
		CLI_COMMON_LONGOPTS,
		{ NULL, 0, NULL, 0 }
	};
	int c;

	while ((c = getopt_long(argc, argv, "o:d:j:qhV", longopts, NULL)) != -1) {
		switch (c) {
		case 'o': o->output = optarg; break;
		case 'd': o->dir = optarg; break;
		case 'j': o->jobs = (int)cli_number(optarg, "-j", usage); break;
		case 'R': o->rejects = optarg; break;
		case 'N': o->validate = 0; break;
		case 'r': o->flags |= LR_HOSO_REQUIRE_REVIEWED; break;
		case 'U': o->units = optarg; break;
		case 'M': o->map = optarg; break;
		case 'C': o->flags |= LR_HOSO_CURRENT_UNITS; break;
		case 'S': o->schema = optarg; break;
		case 'P': cli_progress_force(optarg ? (int)cli_number(optarg,
		    "--progress", usage) : 10000); break;
		case 'q': cli_set_quiet(1); break;
		case 'h': fputs(usage, stdout); fputs(help, stdout);
			exit(cli_finish());
		case 'V': cli_version();
		default: cli_usage_error(usage);
		}
	}
	if (o->output != NULL && o->dir != NULL) {
		cli_warn("-o and -d cannot be used together");
		cli_usage_error(usage);
	}
	if ((o->flags & LR_HOSO_CURRENT_UNITS) && o->map != NULL &&
	    *o->map == '\0') {
		cli_warn("--current-units needs the commune map (--units-map)");
		cli_usage_error(usage);
	}
}

/* The output directory, made if missing. */
static void
make_dir(const char *dir)
{
	struct stat st;

	if (mkdir(dir, 0700) != 0 && errno != EEXIST)
		cli_fatal("'%s': %s", dir, strerror(errno));
	if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode))
		cli_fatal("'%s': not a directory", dir);
}

/* Start the workers: jobs threads (0: one a CPU), each with a builder
 * (of units, borrowed, and flags) and a validator. */
static void
start_pool(struct run *r, int jobs, lr_units *units, int flags)
{
	long cpus = sysconf(_SC_NPROCESSORS_ONLN);
	lr_err err;

	if (jobs == 0)
		jobs = cpus > 0 && cpus < 256 ? (int)cpus : 1;
	r->lean = lr_hoso_covers(lr_schema_identity(r->schema));
	if ((r->ws = calloc((size_t)jobs, sizeof(*r->ws))) == NULL)
		cli_fatal("out of memory");
	for (int i = 0; i < jobs; i++)
		if ((r->ws[i].hoso = lr_hoso_new(r->schema, units, flags)) == NULL ||
		    (r->ws[i].v = lr_schema_validator_new(r->schema,
		    r->lean)) == NULL)
			cli_fatal("out of memory");
	if ((r->pool = lr_pool_new(jobs, 4 * jobs, work, done, r, &err)) == NULL)
		cli_stop(&err);
	r->nws = jobs;
}

/* Wait for the last batches and stop the workers. */
static void
end_pool(struct run *r)
{
	lr_pool_end(r->pool);
	for (int i = 0; i < r->nws; i++) {
		lr_hoso_free(r->ws[i].hoso);
		lr_schema_validator_free(r->ws[i].v);
	}
	free(r->ws);
}

int
main(int argc, char **argv)
{
	struct opts o = { .validate = 1 };
	struct run r = { 0 };
	cli_out *out = NULL, *rej = NULL;
	lr_units *units;
	lr_err err;

	cli_init("export-xml");
	LIBXML_TEST_VERSION
	parse(argc, argv, &o);
	r.schema = load_schema(o.schema);
	units = cli_units_open(o.units, o.map);
	r.validate = o.validate;
	if (o.rejects != NULL)
		cli_set_rejects(rej = cli_out_open(o.rejects, 0600));
	if ((r.dir = o.dir) != NULL)
		make_dir(o.dir);
	else if ((r.out = lr_xmlout_new(cli_out_fp(out = cli_out_open(o.output,
	    0600)), "DanhSachHoSo", &err)) == NULL)
		cli_stop(&err);
	cli_progress_start("records", 0);
	start_pool(&r, o.jobs, units, o.flags);
	read_all(&r, argc - optind, argv + optind);
	end_pool(&r);
	cli_progress_end();
	if (r.out != NULL && lr_xmlout_end(r.out, &err) != 0)
		cli_stop(&err);
	if (out != NULL)
		cli_out_commit(out);
	if (rej != NULL)
		cli_out_commit(rej);
	cli_note("%ld records: %ld exported, %ld rejected, %ld duplicates skipped",
	    r.records, r.written, r.rejected, r.dups);
	lr_units_free(units);
	lr_schema_free(r.schema);
	xmlCleanupParser();
	return cli_finish();
}
