/* Matching owners to citizens: scoring candidates and deciding. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "match.h"

/* The term frequencies of citizen c's names, commune and village. */
static void
tf_of(const lr_registry *r, const lr_person *c, lr_tf *tf)
{
	tf->family = lr_registry_freq(r, LR_FAMILY, c->family[LR_KEY_ASCII]);
	tf->given = lr_registry_freq(r, LR_GIVEN, c->given[LR_KEY_ASCII]);
	tf->commune = c->commune[0] != '\0' ?
	    lr_registry_freq(r, LR_COMMUNE, c->commune) : 0;
	tf->village = c->commune[0] != '\0' && c->village[0] != '\0' ?
	    lr_registry_village_share(r, c->commune, c->village) : 0;
}

/* log2(2^a + 2^b) without overflow. */
static double
log2_add(double a, double b)
{
	double hi = a > b ? a : b, lo = a > b ? b : a;

	if (isinf(hi) && hi < 0)
		return hi;
	return hi + log2(1 + exp2(lo - hi));
}

double
lr_absent_weight(long n, double present)
{
	if (n < 1 || present <= 0 || present >= 1)
		return 0;
	return log2((double)n * (1 - present) / present);
}

double
lr_match_prob(const lr_owner_match *om, const lr_cand *c, double absent)
{
	double all = log2_add(absent, om->rest);

	for (int j = 0; j < om->ncand; j++)
		all = log2_add(all, om->cand[j].weight);
	return exp2(c->weight - all);
}

/* Insert cand into om's list, best first, keeping LR_MATCH_KEEP; the
 * weight of one left out is added to *rest (log2 of a sum of 2^weight). */
static void
keep(lr_owner_match *om, const lr_cand *cand, double *rest)
{
	int i;

	if (om->ncand == LR_MATCH_KEEP) {
		if (om->cand[LR_MATCH_KEEP - 1].weight >= cand->weight) {
			*rest = log2_add(*rest, cand->weight);
			return;
		}
		i = LR_MATCH_KEEP - 1;
		*rest = log2_add(*rest, om->cand[i].weight);
	} else
		i = om->ncand++;
	while (i > 0 && om->cand[i - 1].weight < cand->weight) {
		om->cand[i] = om->cand[i - 1];
		i--;
	}
	om->cand[i] = *cand;
}

/* Citizen c's birth date, else its year, else "", into buf. */
static void
born_of(const lr_person *c, char *buf, size_t n)
{
	if (c->birth_date[0] != '\0')
		snprintf(buf, n, "%s", c->birth_date);
	else if (c->birth_year != 0)
		snprintf(buf, n, "%d", c->birth_year);
	else
		buf[0] = '\0';
}

int
lr_match_score(lr_registry *r, const lr_model *m, const lr_person *owner,
    lr_owner_match *om, lr_em *em, lr_err *err)
{
	lr_person found[LR_MATCH_BLOCK];
	lr_cand cand;
	lr_tf tf;
	int n;

	memset(om, 0, sizeof(*om));
	om->chosen = -1;
	om->rest = -INFINITY;
	if (owner->organisation) {
		om->status = LR_ORGANISATION;
		return 0;
	}
	if ((n = lr_registry_block(r, owner, found, LR_MATCH_BLOCK, err)) < 0)
		return -1;
	om->name_only = owner->id[0] == '\0' && owner->old_id[0] == '\0' &&
	    owner->birth_year == 0;
	om->parcel_street = owner->street[0] == '\0' &&
	    owner->parcel_street[0] != '\0';
	for (int i = 0; i < n; i++) {
		memcpy(cand.citizen_id, found[i].id, sizeof(cand.citizen_id));
		memcpy(cand.commune, found[i].commune, sizeof(cand.commune));
		memcpy(cand.village, found[i].village, sizeof(cand.village));
		born_of(&found[i], cand.born, sizeof(cand.born));
		lr_compare(owner, &found[i], &cand.pat);
		tf_of(r, &found[i], &tf);
		cand.weight = lr_model_weight(m, &cand.pat, &tf, cand.part);
		cand.prob = 0;
		keep(om, &cand, &om->rest);
		if (em != NULL && lr_em_add(em, &cand.pat) != 0) {
			lr_err_sys(err, "out of memory");
			return -1;
		}
	}
	return n;
}

/* One job of lr_match_score_many(): owners from .. to - 1. */
struct slice {
	int from, to, failed;
	lr_err err;
};

/* What every slice shares; first holds the first failure, in order. */
struct scoring {
	lr_registry *const *regs;
	const lr_model *m;
	const lr_person *owners;
	lr_owner_match *om;
	struct slice *first;
};

/* lr_pool_work: score a slice with the worker's own registry connection. */
static void
score_slice(void *job, int worker, void *ctx)
{
	struct slice *s = job;
	struct scoring *sc = ctx;

	for (int i = s->from; i < s->to && !s->failed; i++)
		s->failed = lr_match_score(sc->regs[worker], sc->m,
		    &sc->owners[i], &sc->om[i], NULL, &s->err) < 0;
}

/* lr_pool_done: keep the first failure. */
static void
slice_done(void *job, void *ctx)
{
	struct slice *s = job;
	struct scoring *sc = ctx;

	if (s->failed && sc->first == NULL)
		sc->first = s;
}

/* Jobs per worker: enough to even out slices that take longer. */
enum { SLICES_PER_WORKER = 4 };

int
lr_match_score_many(lr_registry *const *regs, int nregs, const lr_model *m,
    const lr_person *owners, lr_owner_match *om, int n, lr_err *err)
{
	int w = nregs < 1 ? 1 : nregs;
	int k = n < w * SLICES_PER_WORKER ? (n > 0 ? n : 1) :
	    w * SLICES_PER_WORKER;
	struct scoring sc = { regs, m, owners, om, NULL };
	struct slice s[k];
	lr_pool *p = lr_pool_new(w, k, score_slice, slice_done, &sc, NULL);

	for (int i = 0; i < k; i++) {
		s[i] = (struct slice){ n * i / k, n * (i + 1) / k, 0,
		    { .msg = "" } };
		if (p != NULL)
			lr_pool_put(p, &s[i]);
		else {		/* no threads: here, with the first connection */
			score_slice(&s[i], 0, &sc);
			slice_done(&s[i], &sc);
		}
	}
	if (p != NULL)
		lr_pool_end(p);
	if (sc.first == NULL)
		return 0;
	*err = sc.first->err;
	return -1;
}

/* The household level of candidate a given the spouse's plausible
 * candidates (within margin of the spouse's best: a namesake of the
 * spouse far behind is not the spouse): together when one (another
 * citizen) lives in a's commune and village; apart when every one is
 * placed elsewhere: in another commune, or in another village of a's;
 * missing when none has a village, or one in a's commune (or in no known
 * commune) has none (the registry does not say where that spouse lives,
 * so it cannot say a lives elsewhere). */
static int
household_level(const lr_cand *a, const lr_owner_match *spouse,
    double margin)
{
	int placed = 0, unplaced = 0;

	for (int j = 0; j < spouse->ncand; j++) {
		const lr_cand *b = &spouse->cand[j];
		int commune = b->commune[0] == '\0' ||
		    strcmp(b->commune, a->commune) == 0;
		if (strcmp(b->citizen_id, a->citizen_id) == 0 ||
		    b->weight < spouse->cand[0].weight - margin)
			continue;
		if (b->village[0] == '\0') {
			unplaced |= commune;
			continue;
		}
		placed = 1;
		if (commune && b->commune[0] != '\0' &&
		    strcmp(b->village, a->village) == 0)
			return LR_HH_TOGETHER;
	}
	return placed && !unplaced ? LR_HH_APART : 0;
}

/* Sort om's candidates by weight again, best first. */
static void
resort(lr_owner_match *om)
{
	for (int i = 1; i < om->ncand; i++) {
		lr_cand c = om->cand[i];
		int j = i;
		for (; j > 0 && om->cand[j - 1].weight < c.weight; j--)
			om->cand[j] = om->cand[j - 1];
		om->cand[j] = c;
	}
}

void
lr_match_household(lr_owner_match *om, int n, const int *spouse,
    const lr_model *m, double margin)
{
	signed char level[n > 0 ? n : 1][LR_MATCH_KEEP];

	/* Levels first, from the lists as scored; then the weights. */
	for (int i = 0; i < n; i++) {
		int s = spouse[i];
		for (int j = 0; j < om[i].ncand; j++)
			level[i][j] = s < 0 || s >= n || s == i ||
			    om[s].ncand == 0 || om[i].cand[j].village[0] == '\0' ?
			    0 : (signed char)household_level(&om[i].cand[j], &om[s],
			    margin);
	}
	for (int i = 0; i < n; i++) {
		double w[LR_MATCH_KEEP];
		for (int j = 0; j < om[i].ncand; j++)
			w[j] = lr_model_level_weight(m, LR_CMP_HOUSEHOLD,
			    level[i][j]);
		lr_match_adjust(&om[i], LR_CMP_HOUSEHOLD, level[i], w);
	}
}

void
lr_match_adjust(lr_owner_match *om, int cmp, const signed char *level,
    const double *weight)
{
	for (int j = 0; j < om->ncand; j++) {
		lr_cand *a = &om->cand[j];
		a->pat.level[cmp] = level[j];
		a->weight += weight[j] - a->part[cmp];
		a->part[cmp] = weight[j];
	}
	resort(om);
}

/* Is citizen id taken by one of the n owners? */
static int
taken(const lr_owner_match *om, int n, const char *id)
{
	for (int i = 0; i < n; i++)
		if (om[i].chosen >= 0 &&
		    strcmp(om[i].cand[om[i].chosen].citizen_id, id) == 0)
			return 1;
	return 0;
}

/* Another undecided owner's claim on id, within margin of w? */
static int
contested(const lr_owner_match *om, int n, int self, const char *id,
    double floor)
{
	for (int i = 0; i < n; i++) {
		if (i == self || om[i].chosen >= 0)
			continue;
		for (int j = 0; j < om[i].ncand; j++)
			if (om[i].cand[j].weight >= floor &&
			    strcmp(om[i].cand[j].citizen_id, id) == 0)
				return 1;
	}
	return 0;
}

/* What the parcel (its place, its street when it is the one compared)
 * and other decisions add to candidate c of o's weight: they place a
 * namesake living by the parcel as well as the owner. */
static double
context(const lr_owner_match *o, const lr_cand *c)
{
	double p = c->part[LR_CMP_PARCEL], r = c->part[LR_CMP_RECUR];
	double s = o->parcel_street ? c->part[LR_CMP_STREET] : 0;

	return (p > 0 ? p : 0) + (r > 0 ? r : 0) + (s > 0 ? s : 0);
}

/* Is candidate best of o strong enough: its weight reaches t->upper, or
 * its probability reaches t->prob (an owner whose fields carry typos may
 * not reach t->upper, yet stand far above the rest).  For an owner named
 * without ID or birth year, the weight that reaches t->upper leaves out
 * the context (context()): all else is names and places, and a namesake
 * living where the parcel is, while the owner has moved away, would pass
 * on it; the probability, which weighs the namesakes blocked and the
 * owner's absence, counts it.  Such an owner is also sure at its own
 * probability t->name_prob: the false-link rate is stated for its class
 * (one link in a hundred wrong at most), and the probability is
 * calibrated, so a class whose links are mostly near-certain stays
 * within it at a lower bar for each (see match.h). */
static int
sure(const lr_owner_match *o, int best, const lr_thresholds *t)
{
	const lr_cand *c = &o->cand[best];

	if (c->weight - (o->name_only ? context(o, c) : 0) >= t->upper)
		return 1;
	if (c->prob >= t->prob)
		return 1;
	return o->name_only && t->name_prob > 0 && c->prob >= t->name_prob;
}

/* The weight of o's candidate second once the best's lead on the
 * places the registry does not give for second (village, street,
 * household: second's level missing) is set aside.  For an owner named
 * without ID or birth year, names and places are all the evidence: a
 * namesake who lives in the owner's village does not outrank one whose
 * address the registry lacks, when nothing else tells them apart. */
static double
reach(const lr_owner_match *o, const lr_cand *best, const lr_cand *second)
{
	static const enum lr_cmp place[] = { LR_CMP_VILLAGE, LR_CMP_STREET,
	    LR_CMP_HOUSEHOLD };
	double w = second->weight;

	for (size_t i = 0; o->name_only && i < sizeof(place) / sizeof(*place);
	    i++)
		if (second->pat.level[place[i]] == 0 && best->part[place[i]] > 0)
			w += best->part[place[i]];
	return w;
}

/* Decide owner k given the citizens already taken. */
static void
decide_one(lr_owner_match *om, int n, int k, const lr_thresholds *t)
{
	lr_owner_match *o = &om[k];
	int best = -1, second = -1;

	if (o->status == LR_ORGANISATION)
		return;
	for (int j = 0; j < o->ncand; j++) {
		if (taken(om, n, o->cand[j].citizen_id))
			continue;
		if (best < 0)
			best = j;
		else if (second < 0)
			second = j;
	}
	o->status = LR_UNMATCHED;
	o->weight = best >= 0 ? o->cand[best].weight : 0;
	o->tied = 0;
	for (int j = 0; best >= 0 && j < o->ncand; j++)
		o->tied += !taken(om, n, o->cand[j].citizen_id) &&
		    o->cand[j].weight > o->weight - t->margin;
	for (int j = 0; j < o->ncand; j++)
		o->cand[j].prob = lr_match_prob(o, &o->cand[j], t->absent);
	if (best < 0 || o->weight < t->lower)
		return;
	o->status = LR_REVIEW;
	if (!sure(o, best, t) ||
	    (second >= 0 && reach(o, &o->cand[best], &o->cand[second]) >
	    o->weight - t->margin) ||
	    contested(om, n, k, o->cand[best].citizen_id, o->weight - t->margin))
		return;
	o->status = LR_MATCHED;
	o->chosen = best;
}

void
lr_match_decide(lr_owner_match *om, int n, const lr_thresholds *t)
{
	int done[n > 0 ? n : 1];

	memset(done, 0, sizeof(done));
	for (int i = 0; i < n; i++)	/* a decision taken before is undone */
		om[i].chosen = -1;
	for (int round = 0; round < n; round++) {
		int k = -1;
		for (int i = 0; i < n; i++)	/* the strongest owner left */
			if (!done[i] && (k < 0 || (om[i].ncand > 0 &&
			    (om[k].ncand == 0 ||
			    om[i].cand[0].weight > om[k].cand[0].weight))))
				k = i;
		done[k] = 1;
		decide_one(om, n, k, t);
	}
}

const char *
lr_status_name(enum lr_status s)
{
	static const char *const name[LR_NSTATUS] = { "unmatched", "review",
	    "matched", "organisation" };

	return s >= 0 && s < LR_NSTATUS ? name[s] : "unmatched";
}

static double
round2(double x)
{
	return round(x * 100) / 100;
}

/* One candidate of lr_match_json(). */
static json_t *
cand_json(const lr_cand *c)
{
	json_t *j = json_pack("{s:s}", "citizen_id", c->citizen_id);

	if (c->born[0] != '\0')
		json_object_set_new(j, "born", json_string(c->born));
	json_object_set_new(j, "weight", json_real(round2(c->weight)));
	json_object_set_new(j, "probability",
	    json_real(round(c->prob * 1e4) / 1e4));
	json_object_set_new(j, "why", lr_why_json(&c->pat, c->part,
	    c->commune));
	return j;
}

json_t *
lr_match_json(const lr_owner_match *om, int top)
{
	json_t *cands, *res;

	if (om->status == LR_ORGANISATION)
		return json_pack("{s:s}", "status", lr_status_name(om->status));
	cands = json_array();
	if (om->tied > top)
		top = om->tied;
	for (int j = 0; j < om->ncand && j < top; j++)
		json_array_append_new(cands, cand_json(&om->cand[j]));
	res = json_pack("{s:s,s:o,s:o}", "status", lr_status_name(om->status),
	    "weight", om->ncand ? json_real(round2(om->weight)) : json_null(),
	    "candidates", cands);
	if (om->tied > 1)
		json_object_set_new(res, "tied", json_integer(om->tied));
	return res;
}
