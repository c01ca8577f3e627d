/* parcel-match: link the owners of land-use decisions to citizens of the
 * population registry (Fellegi-Sunter record linkage), and check parcels
 * against the cadastre. */
#include <errno.h>
#include <getopt.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "link/link.h"
#include "text/text.h"
#include "fe/cli.h"
#include "record/record.h"

#define MAX_OWNERS 64
#define TOP 3
#define MAX_JOBS 8
#define BATCH 512		/* records matched together */
#define BATCH_OWNERS 2048

static const char usage[] =
    "usage: parcel-match -r registry.db [-c cadastre] [-j N] [--train]\n"
    "                    [--two-pass]\n"
    "                    [--upper W] [--lower W] [--margin W] [--prob P]\n"
    "                    [--name-prob P]\n"
    "                    [--show-ids]\n"
    "                    [--rejects file] [--units-map file]\n"
    "                    [--progress[=N]] [-qhV] [-o file]\n"
    "                    [file ...]\n"
    "       parcel-match --build-registry citizens.csv -r registry.db\n"
    "                    [--encoding name] [--column field=header ...]\n"
    "       parcel-match --show-model\n";

static const char help[] =
    "Link each owner to its citizen in the registry, or say it cannot.\n"
    "\n"
    "  -r, --registry DB        the registry database (SQLite)\n"
    "      --build-registry CSV build or update DB from the CSV extract\n"
    "      --encoding NAME      CSV encoding (default: auto, UTF-8,\n"
    "                           WINDOWS-1258 or TCVN3; any iconv name)\n"
    "      --column F=HEADER    read field F from column HEADER\n"
    "  -c, --cadastre FILE      check parcels against FILE (.csv or .db)\n"
    "  -j, --jobs N             match with N threads (default: processors,\n"
    "                           at most 4)\n"
    "      --train              estimate m by EM on this batch first\n"
    "      --two-pass           collect the run's links first, then match\n"
    "                           each owner with all of them\n"
    "      --upper W            matched at weight W or more (default 22)\n"
    "      --lower W            review at W or more (default 8)\n"
    "      --margin W           runner-up within W is a tie (default 5)\n"
    "      --prob P             matched at probability P (default 0.99;\n"
    "                           above 1: on --upper alone)\n"
    "      --name-prob P        an owner named without ID or birth year\n"
    "                           matched at probability P (default 0.97,\n"
    "                           with --train 0; 0: at --prob)\n"
    "      --show-ids           show ID numbers in diagnostics\n"
    "      --show-model         print the comparisons and weights, exit\n"
    "      --rejects FILE       write malformed input lines to FILE\n"
    "      --units-map FILE     the July 2025 commune map (default: the\n"
    "                           shipped one; \"\": none)\n"
    "  -o, --output FILE        write records to FILE (default stdout)\n"
    "      --progress[=N]       progress line every N owners\n"
    "  -q, --quiet              no progress, no summary\n"
    "  -h, --help               show this help and exit\n"
    "  -V, --version            show the version and exit\n";

struct opts {
	const char *registry, *build, *cadastre, *output, *rejects, *map;
	lr_load_opts load;
	/* t.absent is set when the registry is open */
	lr_thresholds t;
	int train, two_pass, show_ids, jobs;
	int name_prob;		/* --name-prob given */
};

/* The pass of a run over its records: the only one; or with --two-pass,
 * collecting the links of the whole run, then matching with them. */
enum pass { ONE_PASS, COLLECT, FINAL };

struct run {
	const struct opts *o;
	lr_registry *regs[MAX_JOBS];	/* one connection per thread */
	lr_model *model;
	lr_thresholds t;	/* the options' with the absent weight */
	lr_cadastre *cad;
	lr_units *units;	/* the commune map, or NULL */
	lr_units *places;	/* the unit list and map: districts and
				 * provinces of communes, or NULL */
	lr_em *em;		/* counting patterns: the training pass */
	FILE *out;
	json_t *kept;		/* records kept for training */
	json_t *rec[BATCH];	/* records read, not yet matched */
	int first[BATCH], count[BATCH];	/* their owners in persons, om */
	int nrec, nown;
	lr_person *persons;	/* BATCH_OWNERS each */
	int *spouse;		/* the spouse's index in the record, or -1 */
	int *from_cad;		/* CAD_* the cadastre's holder gave */
	lr_owner_match *om;
	lr_recur *seen;		/* citizens linked in the run so far */
	enum pass pass;
	FILE *spool;		/* records read in the collecting pass, or
				 * NULL (--train keeps them) */
	long ndoc;		/* decisions of the batches matched before */
	long citizens;		/* in the registry */
	long owners, by_status[LR_NSTATUS], parcels, done, enriched;
	long people;		/* the owners read that are no organisation */
};

/* Read owner i of record rid into p, reporting what is wrong.  Returns 0,
 * or -1 when it cannot be matched. */
static int
owner_person(const struct run *r, const json_t *j, lr_person *p,
    const char *rid, size_t i)
{
	const char *id = json_string_value(json_object_get(j, "id_number"));
	int bad = lr_owner_read(j, p);
	char buf[64];

	if (r->pass == FINAL)	/* said in the collecting pass */
		return bad & LR_OWNER_NO_NAME ? -1 : 0;
	if (bad & LR_OWNER_NO_NAME) {
		cli_error("%s: '%s': owner %zu has no name", cli_record_where(),
		    rid, i + 1);
		return -1;
	}
	if (bad & LR_OWNER_BAD_ID)
		cli_warn("%s: '%s': owner %zu: unreadable ID number '%s'",
		    cli_record_where(), rid, i + 1,
		    lr_id_shown(id, r->o->show_ids, buf, sizeof(buf)));
	return 0;
}

/* Drop the review items an earlier run wrote from the registry. */
static void
drop_registry_items(json_t *rec)
{
	json_t *items = json_object_get(rec, "review");
	const char *why;

	for (size_t i = json_array_size(items); i-- > 0;) {
		why = json_string_value(json_object_get(json_array_get(items, i),
		    "reason"));
		if (why != NULL && strncmp(why, "registry ", 9) == 0)
			json_array_remove(items, i);
	}
}

/* Review items for what document and registry disagree on in owner i of
 * rec (items' fields are the owner's). */
static void
add_registry_items(json_t *rec, size_t i, json_t *items)
{
	json_t *review = json_object_get(rec, "review"), *it;
	char field[64];
	size_t k;

	if (json_array_size(items) > 0 && !json_is_array(review)) {
		review = json_array();
		json_object_set_new(rec, "review", review);
	}
	json_array_foreach(items, k, it) {
		snprintf(field, sizeof(field), "owners[%zu].%s", i,
		    json_string_value(json_object_get(it, "field")));
		json_object_set_new(it, "field", json_string(field));
		json_array_append(review, it);
	}
}

/* The citizen a person linked owner o to (match status "manual", set by
 * landrec-review --apply), or NULL. */
static const char *
manual_citizen(const json_t *o)
{
	const char *st = json_string_value(json_object_get(json_object_get(o,
	    "match"), "status"));

	return st != NULL && strcmp(st, "manual") == 0 ?
	    json_string_value(json_object_get(o, "citizen_id")) : NULL;
}

/* Enrich matched owner i of rec from its registry entry. */
static void
enrich_owner(struct run *r, json_t *rec, size_t i, const char *citizen_id)
{
	json_t *o = json_array_get(json_object_get(rec, "owners"), i);
	json_t *items = json_array();
	lr_entry e;
	lr_err err;
	int found = lr_registry_get(r->regs[0], citizen_id, &e, &err);

	if (found < 0)
		cli_fatal("%s", err.msg);
	if (found && lr_owner_enrich(o, &e, items) > 0)
		r->enriched++;
	add_registry_items(rec, i, items);
	json_decref(items);
}

/* What the cadastre's holder of a parcel gave an owner for matching. */
enum { CAD_ID = 1, CAD_YEAR = 2 };

/* The one owner of record k (n owners from persons[first]) named as the
 * holder h, or -1. */
static int
holder_owner(const struct run *r, int k, const lr_cad_holder *h)
{
	json_t *owners = json_object_get(r->rec[k], "owners");
	int found = -1;

	for (int i = 0; i < r->count[k]; i++) {
		const char *name = json_string_value(json_object_get(
		    json_array_get(owners, (size_t)i), "name"));
		if (name == NULL || !lr_cadastre_same_name(name, h->name))
			continue;
		if (found >= 0)
			return -1;	/* two owners of that name */
		found = i;
	}
	return found;
}

/* Cadastre evidence: an owner of record k named without ID or birth year
 * who is the registered holder of one of its parcels is matched with the
 * holder's ID and birth year as well (the record keeps what it read). */
static void
cadastre_evidence(struct run *r, int k)
{
	json_t *parcels = json_object_get(r->rec[k], "parcels"), *pc;
	lr_cad_holder h;
	char year[16];
	size_t i;
	int o;

	json_array_foreach(parcels, i, pc) {
		if (!json_is_object(pc) || !lr_cadastre_holder(r->cad, pc, &h) ||
		    (o = holder_owner(r, k, &h)) < 0)
			continue;
		lr_person *p = &r->persons[r->first[k] + o];
		if (p->organisation || p->id[0] != '\0' ||
		    p->old_id[0] != '\0' || p->birth_year)
			continue;
		snprintf(year, sizeof(year), "%d", h.birth_year);
		if (h.birth_year && lr_person_set_birth(p, year) == 0)
			r->from_cad[r->first[k] + o] |= CAD_YEAR;
		if (h.id[0] != '\0' && lr_person_set_id(p, h.id) != LR_ID_BAD)
			r->from_cad[r->first[k] + o] |= CAD_ID;
	}
}

/* Read the owners of record k of the batch into r->persons. */
static void
read_owners(struct run *r, int k)
{
	json_t *owners = json_object_get(r->rec[k], "owners");
	const char *rid = lr_record_id(r->rec[k]);
	const json_t *decision = json_object_get(r->rec[k], "decision");
	const char *date = json_string_value(json_object_get(decision, "date"));
	const char *place = lr_decision_place(decision, r->places);
	size_t n = json_array_size(owners);

	if (n > MAX_OWNERS && r->pass != FINAL)
		cli_error("%s: '%s': %zu owners; only the first %d matched",
		    cli_record_where(), rid, n, MAX_OWNERS);
	if (n > MAX_OWNERS)
		n = MAX_OWNERS;
	r->first[k] = r->nown;
	r->count[k] = (int)n;
	drop_registry_items(r->rec[k]);
	for (size_t i = 0; i < n; i++) {
		json_t *o = json_array_get(owners, i);
		json_t *sp = json_object_get(o, "spouse");
		lr_person *p = &r->persons[r->nown];
		r->from_cad[r->nown] = 0;
		r->spouse[r->nown++] = json_is_integer(sp) ?
		    (int)json_integer_value(sp) : -1;
		json_t *manual = manual_citizen(o) == NULL ? NULL :
		    json_incref(json_object_get(o, "citizen_id"));
		lr_owner_unenrich(o);
		if (manual != NULL)	/* a person's link stands */
			json_object_set_new(o, "citizen_id", manual);
		if (owner_person(r, json_array_get(owners, i), p, rid, i) == 0) {
			lr_owner_in_decision(p, r->units, date);
			lr_person_place(p, r->places);
			lr_owner_parcel(p, json_object_get(r->rec[k], "parcels"),
			    i);
			if (p->parcel_commune[0] == '\0' && place != NULL)
				lr_person_set_parcel(p, place, NULL);
		}
	}
	if (r->cad != NULL)
		cadastre_evidence(r, k);
}

/* Score the batch's owners: in threads, or alone counting patterns. */
static void
score_batch(struct run *r)
{
	lr_err err;

	if (r->em == NULL) {
		if (lr_match_score_many(r->regs, r->o->jobs, r->model, r->persons,
		    r->om, r->nown, &err) != 0)
			cli_stop(&err);
		return;
	}
	for (int i = 0; i < r->nown; i++)
		if (lr_match_score(r->regs[0], r->model, &r->persons[i], &r->om[i],
		    r->em, &err) < 0)
			cli_stop(&err);
}

/* The match object of an owner: the decision, and what the cadastre gave
 * (cad, CAD_*). */
static json_t *
match_json(const lr_owner_match *om, int cad)
{
	json_t *m = lr_match_json(om, TOP), *from;

	if (cad == 0)
		return m;
	from = json_array();
	if (cad & CAD_ID)
		json_array_append_new(from, json_string("id_number"));
	if (cad & CAD_YEAR)
		json_array_append_new(from, json_string("birth_year"));
	json_object_set_new(m, "from_cadastre", from);
	return m;
}

/* Write the decisions into the owner records of rec; enrich the matched
 * ones.  cad: what the cadastre gave each owner. */
static void
annotate_owners(struct run *r, json_t *rec, lr_owner_match *om, int n,
    const int *cad)
{
	json_t *owners = json_object_get(rec, "owners");

	for (int i = 0; i < n; i++) {
		json_t *o = json_array_get(owners, (size_t)i);
		if (!json_is_object(o))
			continue;
		if (manual_citizen(o) != NULL) {	/* a person's link stands */
			enrich_owner(r, rec, (size_t)i, manual_citizen(o));
			r->by_status[LR_MATCHED]++;
			r->owners++;
			continue;
		}
		json_object_del(o, "citizen_id");
		if (om[i].status == LR_MATCHED)
			enrich_owner(r, rec, (size_t)i,
			    om[i].cand[om[i].chosen].citizen_id);
		json_object_set_new(o, "match", match_json(&om[i], cad[i]));
		r->by_status[om[i].status]++;
		r->owners++;
	}
}

/* Check each parcel of rec against the cadastre. */
static void
check_parcels(struct run *r, json_t *rec)
{
	json_t *parcels = json_object_get(rec, "parcels"), *p;
	size_t i;

	json_array_foreach(parcels, i, p) {
		if (!json_is_object(p))
			continue;
		json_object_set_new(p, "cadastre", json_string(
		    lr_cad_status_name(lr_cadastre_check_json(r->cad, p))));
		r->parcels++;
	}
}

/* Weigh the household of record k of the scored batch and decide its
 * owners; remember the citizens linked (lr_recur_add_links()), but in the
 * final pass, which has them all. */
static void
decide_record(struct run *r, int k)
{
	lr_owner_match *om = &r->om[r->first[k]];

	lr_match_household(om, r->count[k], &r->spouse[r->first[k]], r->model,
	    r->t.margin);
	lr_match_decide(om, r->count[k], &r->t);
	if (r->pass != FINAL &&
	    lr_recur_add_links(r->seen, om, r->count[k], r->ndoc + k) != 0)
		cli_fatal("out of memory");
}

/* Weigh the same people in other decisions of the run for record k
 * (decided once), decide again, annotate and write it; in the training
 * pass keep it instead, in the collecting pass spool it. */
static void
finish_record(struct run *r, int k)
{
	json_t *rec = r->rec[k];
	lr_owner_match *om = &r->om[r->first[k]];

	if (r->em != NULL) {
		json_array_append_new(r->kept, rec);
		return;
	}
	if (r->pass == COLLECT) {
		if (r->spool != NULL)
			cli_write_record(r->spool, rec);
		json_decref(rec);
		return;
	}
	lr_match_recur(om, r->count[k], r->seen, r->ndoc + k, r->regs[0],
	    r->citizens);
	lr_match_decide(om, r->count[k], &r->t);
	annotate_owners(r, rec, om, r->count[k], &r->from_cad[r->first[k]]);
	if (r->cad != NULL)
		check_parcels(r, rec);
	cli_write_record(r->out, rec);
	json_decref(rec);
}

/* Match the records read so far. */
static void
flush_batch(struct run *r)
{
	score_batch(r);
	for (int i = 0; i < r->nown; i++)
		r->people += !r->persons[i].organisation;
	for (int k = 0; k < r->nrec && r->em == NULL; k++)
		decide_record(r, k);
	for (int k = 0; k < r->nrec; k++)
		finish_record(r, k);
	r->ndoc += r->nrec;
	r->done += r->nown;
	cli_progress_tick(r->done);
	r->nrec = 0;
	r->nown = 0;
}

/* cli_read_records() callback: batch the record. */
static int
match_record(json_t *rec, void *ctx)
{
	struct run *r = ctx;

	r->rec[r->nrec++] = rec;
	read_owners(r, r->nrec - 1);	/* now: diagnostics name this line */
	if (r->nrec == BATCH || r->nown > BATCH_OWNERS - MAX_OWNERS)
		flush_batch(r);
	return 0;
}

/* Start the final pass: the decisions are numbered again from 0. */
static void
next_pass(struct run *r)
{
	r->pass = FINAL;
	r->ndoc = 0;
	r->done = 0;
}

/* A temporary file for the records of the collecting pass, in $TMPDIR
 * (else /tmp), removed at once: it is gone when closed or at exit. */
static FILE *
spool_open(void)
{
	const char *dir = getenv("TMPDIR");
	char path[4096];
	FILE *fp;
	int fd;

	snprintf(path, sizeof(path), "%s/parcel-match.XXXXXX",
	    dir != NULL && dir[0] != '\0' ? dir : "/tmp");
	if ((fd = mkstemp(path)) < 0)
		cli_fatal("'%s': cannot create: %s", path, strerror(errno));
	unlink(path);
	if ((fp = fdopen(fd, "w+")) == NULL)
		cli_fatal("temporary file: %s", strerror(errno));
	return fp;
}

/* --two-pass: match the records spooled by the collecting pass. */
static void
match_spooled(struct run *r)
{
	lr_reader *rd;
	json_t *rec;
	lr_err err;
	enum lr_read st;

	if (fflush(r->spool) != 0 || fseek(r->spool, 0, SEEK_SET) != 0 ||
	    (rd = lr_reader_new(r->spool)) == NULL)
		cli_fatal("temporary file: %s", strerror(errno));
	next_pass(r);
	while ((st = lr_reader_next(rd, &rec, &err)) == LR_READ_OK)
		match_record(rec, r);
	if (st != LR_READ_EOF)
		cli_fatal("temporary file: %s", err.msg);
	flush_batch(r);
	lr_reader_free(rd);
}

/* Match the records of the files (stdin when none): as they come, or
 * with --two-pass after a first pass over them all, spooled to a
 * temporary file. */
static void
match_files(struct run *r, int argc, char **argv)
{
	if (r->o->two_pass)
		r->spool = spool_open();
	r->pass = r->o->two_pass ? COLLECT : ONE_PASS;
	cli_read_records(argc, argv, match_record, r);
	flush_batch(r);
	if (r->spool == NULL)
		return;
	match_spooled(r);
	fclose(r->spool);
	r->spool = NULL;
}

/* The summary line; organisations, never looked up, counted apart. */
static void
summary(const struct run *r)
{
	char orgs[64] = "";
	long n = r->by_status[LR_ORGANISATION];

	if (n > 0)
		snprintf(orgs, sizeof(orgs), ", %ld organisation%s not looked up",
		    n, n == 1 ? "" : "s");
	cli_note("%ld owners: %ld matched, %ld review, %ld unmatched%s; %ld "
	    "enriched from the registry", r->owners, r->by_status[LR_MATCHED],
	    r->by_status[LR_REVIEW], r->by_status[LR_UNMATCHED], orgs,
	    r->enriched);
}

/* --train: the share of owners in the registry, as the fit says: the
 * pairs it took for matches over the owners who are people (each is one
 * citizen at most; an organisation is never looked up, so it is neither
 * present nor absent), kept below LR_PRESENT_MAX so absence is never ruled
 * out; 0 when the fit says nothing. */
static double
present_share(const lr_em *em, double lambda, long owners)
{
	double p = owners > 0 ? lambda * (double)lr_em_pairs(em) /
	    (double)owners : 0;

	return p > LR_PRESENT_MAX ? LR_PRESENT_MAX : p;
}

/* --train: count the batch's blocked pairs, fit the model by EM, then
 * match the kept records with it; the absent weight follows the share of
 * owners the fit finds in the registry. */
static void
train_and_match(struct run *r, int argc, char **argv)
{
	double lambda, present;
	json_t *rec;
	size_t i;
	lr_err err;
	int it;

	if ((r->em = lr_em_new()) == NULL || (r->kept = json_array()) == NULL)
		cli_fatal("out of memory");
	cli_read_records(argc, argv, match_record, r);
	flush_batch(r);
	it = lr_em_fit(r->em, r->model, r->people, &lambda, &err);
	if (it < 0)
		cli_warn("--train: %s; default weights used", err.msg);
	else {
		present = present_share(r->em, lambda, r->people);
		cli_note("trained on %ld pairs (%ld patterns) in %d iterations, "
		    "match share %.3f, owners in the registry %.3f",
		    lr_em_pairs(r->em), lr_em_patterns(r->em), it, lambda,
		    present);
		if (present > 0)
			r->t.absent = lr_absent_weight(lr_registry_count(
			    r->regs[0]), present);
	}
	lr_em_free(r->em);
	r->em = NULL;
	if (r->o->two_pass) {
		r->pass = COLLECT;
		json_array_foreach(r->kept, i, rec)
			match_record(json_incref(rec), r);
		flush_batch(r);
		next_pass(r);
	}
	r->done = 0;
	json_array_foreach(r->kept, i, rec) {
		match_record(json_incref(rec), r);
		json_array_set_new(r->kept, i, json_null());	/* freed once written */
	}
	flush_batch(r);
	json_decref(r->kept);
}

static void
load_warn(void *ctx, long line, const char *msg, int skipped)
{
	const char *path = ctx;

	if (skipped)
		cli_error("%s:%ld: %s", path, line, msg);
	else
		cli_warn("%s:%ld: %s", path, line, msg);
}

static void
load_progress(void *ctx, long rows)
{
	(void)ctx;
	cli_progress_tick(rows);
}

/* --build-registry CSV -r DB. */
static int
build(struct opts *o)
{
	lr_registry *reg;
	lr_load_stats st;
	lr_err err;

	if ((reg = lr_registry_open(o->registry, 1, &err)) == NULL)
		cli_stop(&err);
	o->load.show_ids = o->show_ids;
	o->load.warn = load_warn;
	o->load.progress = load_progress;
	o->load.ctx = (void *)o->build;
	cli_progress_start("rows", 0);
	if (lr_registry_load_csv(reg, o->build, &o->load, &st, &err) != 0)
		cli_report(&err);
	cli_progress_end();
	cli_note("'%s' (%s): %ld rows: %ld loaded, %ld skipped, %ld warnings; "
	    "registry has %ld citizens", o->build, st.encoding, st.rows,
	    st.loaded, st.skipped, st.warnings, lr_registry_count(reg));
	lr_registry_close(reg);
	return cli_finish();
}

/* The comparisons, levels, m, u and weights, on stdout. */
static int
show_model(void)
{
	lr_model *m = lr_model_new();
	double pm, pu;

	printf("%-8s %-18s %8s %10s %7s\n", "compare", "level", "m", "u",
	    "weight");
	for (int c = 0; c < LR_NCMP; c++)
		for (int l = 1; l < lr_cmp_levels(c); l++) {
			lr_model_mu(m, c, l, &pm, &pu);
			printf("%-8s %-18s %8.4g %10.4g %+7.2f\n", lr_cmp_name(c),
			    lr_level_name(c, l), pm, pu, log2(pm / pu));
		}
	lr_model_free(m);
	return cli_finish();
}

/* The commune map for comparing communes through history: none when the
 * registry holds communes of before July 2025 (their codes compare as
 * they are). */
static lr_units *
history(lr_registry *reg, const char *map)
{
	lr_units *u = cli_units_open("", map);
	lr_err err;
	int current;

	if (u == NULL)
		return NULL;
	if ((current = lr_registry_current_communes(reg, u, &err)) < 0)
		cli_fatal("%s", err.msg);
	if (current)
		return u;
	cli_note("the registry holds communes of before July 2025: communes "
	    "compared by code");
	lr_units_free(u);
	return NULL;
}

/* Open the registry, model and cadastre for matching. */
static void
setup(struct run *r, const struct opts *o)
{
	lr_err err;
	char *map;

	for (int i = 0; i < o->jobs; i++)
		if ((r->regs[i] = lr_registry_open(o->registry, 0, &err)) == NULL)
			cli_stop(&err);
	r->persons = calloc(BATCH_OWNERS, sizeof(*r->persons));
	r->om = calloc(BATCH_OWNERS, sizeof(*r->om));
	r->spouse = calloc(BATCH_OWNERS, sizeof(*r->spouse));
	r->from_cad = calloc(BATCH_OWNERS, sizeof(*r->from_cad));
	r->seen = lr_recur_new();
	if ((r->model = lr_model_new()) == NULL || r->persons == NULL ||
	    r->seen == NULL ||
	    r->om == NULL || r->spouse == NULL || r->from_cad == NULL)
		cli_fatal("out of memory");
	/* The map's path once: a missing one is reported once. */
	map = cli_ref_path(o->map, CLI_UNITS_MAP_FILE);
	r->units = history(r->regs[0], map != NULL ? map : "");
	r->places = cli_units_open(NULL, map != NULL ? map : "");
	free(map);
	for (int i = 0; i < o->jobs; i++)
		lr_registry_set_units(r->regs[i], r->places);
	r->t = o->t;
	r->citizens = lr_registry_count(r->regs[0]);
	r->t.absent = lr_absent_weight(r->citizens, LR_PRESENT_DEFAULT);
	if (o->cadastre != NULL &&
	    (r->cad = lr_cadastre_open(o->cadastre, o->load.encoding, &err)) ==
	    NULL)
		cli_stop(&err);
}

static int
match(const struct opts *o, int argc, char **argv)
{
	struct run r = { .o = o };
	cli_out *out, *rej = NULL;

	setup(&r, o);
	if (o->rejects != NULL)
		cli_set_rejects(rej = cli_out_open(o->rejects, 0600));
	out = cli_out_open(o->output, 0600);
	r.out = cli_out_fp(out);
	cli_progress_start("owners", 0);
	if (o->train)
		train_and_match(&r, argc, argv);
	else
		match_files(&r, argc, argv);
	cli_progress_end();
	cli_out_commit(out);
	if (rej != NULL)
		cli_out_commit(rej);
	summary(&r);
	lr_cadastre_close(r.cad);
	lr_units_free(r.units);
	lr_units_free(r.places);
	lr_model_free(r.model);
	for (int i = 0; i < o->jobs; i++)
		lr_registry_close(r.regs[i]);
	free(r.persons);
	free(r.om);
	free(r.spouse);
	free(r.from_cad);
	lr_recur_free(r.seen);
	return cli_finish();
}

static double
weight_arg(const char *s, const char *opt)
{
	char *end;
	double v = strtod(s, &end);

	if (*s == '\0' || *end != '\0') {
		cli_warn("%s: not a number: '%s'", opt, s);
		cli_usage_error(usage);
	}
	return v;
}

/* --column FIELD=HEADER */
static void
column_arg(struct opts *o, const char *s)
{
	const char *eq = strchr(s, '=');

	for (int c = 0; eq != NULL && c < LR_NCOLS; c++) {
		const char *name = lr_reg_col_name(c);
		if (strlen(name) == (size_t)(eq - s) &&
		    strncmp(s, name, (size_t)(eq - s)) == 0) {
			o->load.header[c] = eq + 1;
			return;
		}
	}
	cli_warn("--column: expected FIELD=HEADER with FIELD one of citizen_id, "
	    "old_id, full_name, birth_date, gender, commune_code, address, "
	    "death_date: '%s'",
	    s);
	cli_usage_error(usage);
}

static const struct option longopts[] = {
	{ "registry", required_argument, NULL, 'r' },
	{ "build-registry", required_argument, NULL, 'B' },
	{ "encoding", required_argument, NULL, 'E' },
	{ "column", required_argument, NULL, 'C' },
	{ "cadastre", required_argument, NULL, 'c' },
	{ "train", no_argument, NULL, 'T' },
	{ "two-pass", no_argument, NULL, '2' },
	{ "jobs", required_argument, NULL, 'j' },
	{ "upper", required_argument, NULL, 'U' },
	{ "lower", required_argument, NULL, 'L' },
	{ "margin", required_argument, NULL, 'M' },
	{ "prob", required_argument, NULL, 'p' },
	{ "name-prob", required_argument, NULL, 'n' },
	{ "show-ids", no_argument, NULL, 'I' },
	{ "show-model", no_argument, NULL, 'S' },
	{ "rejects", required_argument, NULL, 'J' },
	{ "units-map", required_argument, NULL, 'N' },
	{ "output", required_argument, NULL, 'o' },
	{ "progress", optional_argument, NULL, 'P' },
	CLI_COMMON_LONGOPTS,
	{ NULL, 0, NULL, 0 }
};

/* Parse one option into o; returns 1 for --show-model. */
static int
option(struct opts *o, int c)
{
	switch (c) {
	case 'r': o->registry = optarg; break;
	case 'B': o->build = optarg; break;
	case 'E': o->load.encoding = optarg; break;
	case 'C': column_arg(o, optarg); break;
	case 'c': o->cadastre = optarg; break;
	case 'T': o->train = 1; break;
	case '2': o->two_pass = 1; break;
	case 'j': o->jobs = (int)weight_arg(optarg, "--jobs");
		if (o->jobs < 1 || o->jobs > MAX_JOBS) {
			cli_warn("--jobs: not between 1 and %d: '%s'", MAX_JOBS,
			    optarg);
			cli_usage_error(usage);
		}
		break;
	case 'U': o->t.upper = weight_arg(optarg, "--upper"); break;
	case 'L': o->t.lower = weight_arg(optarg, "--lower"); break;
	case 'M': o->t.margin = weight_arg(optarg, "--margin"); break;
	case 'p': o->t.prob = weight_arg(optarg, "--prob"); break;
	case 'n': o->t.name_prob = weight_arg(optarg, "--name-prob");
		o->name_prob = 1;
		break;
	case 'I': o->show_ids = 1; break;
	case 'S': return 1;
	case 'J': o->rejects = optarg; break;
	case 'N': o->map = optarg; break;
	case 'o': o->output = optarg; break;
	case 'P': cli_progress_force(optarg ? atoi(optarg) : 1000); break;
	case 'q': cli_set_quiet(1); break;
	case 'h': fputs(usage, stdout); fputs(help, stdout); exit(cli_finish());
	case 'V': cli_version();
	default: cli_usage_error(usage);
	}
	return 0;
}

/* One thread per processor, at most 4. */
static int
default_jobs(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);

	return n < 1 ? 1 : n > 4 ? 4 : (int)n;
}

int
main(int argc, char **argv)
{
	struct opts o = { .t = { LR_UPPER_DEFAULT, LR_LOWER_DEFAULT,
		LR_MARGIN_DEFAULT, 0, LR_PROB_DEFAULT, LR_NAME_PROB_DEFAULT } };
	int c, model = 0;

	cli_init("parcel-match");
	while ((c = getopt_long(argc, argv, "r:c:j:o:qhV", longopts, NULL)) !=
	    -1)
		model |= option(&o, c);
	if (o.jobs == 0)
		o.jobs = default_jobs();
	if (o.train && !o.name_prob)	/* calibrated on the shipped m */
		o.t.name_prob = 0;
	if (model)
		return show_model();
	if (o.registry == NULL) {
		cli_warn("no registry: -r registry.db is required");
		cli_usage_error(usage);
	}
	if (o.t.lower > o.t.upper) {
		cli_warn("--lower is above --upper");
		cli_usage_error(usage);
	}
	if (o.build != NULL) {
		if (optind < argc)
			cli_usage_error(usage);
		return build(&o);
	}
	return match(&o, argc - optind, argv + optind);
}
