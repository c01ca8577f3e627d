/* Estimating the linkage model's m/u values by expectation-maximisation
 * over the agreement patterns of blocked pairs. */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "linkage-int.h"

#define EM_MAX_ITER 100
#define EM_PRIOR 20.0		/* pairs' worth of pull towards the start */
#define EM_MIN_PAIRS 50
#define EM_EPSILON 1e-5

struct slot {
	uint64_t key;		/* 4 bits per comparison, +1 so 0 is empty */
	long n;
};

struct lr_em {
	struct slot *t;
	size_t cap, used;
	long pairs;
};

lr_em *
lr_em_new(void)
{
	lr_em *e = calloc(1, sizeof(*e));

	if (e == NULL)
		return NULL;
	e->cap = 1024;
	if ((e->t = calloc(e->cap, sizeof(*e->t))) == NULL) {
		free(e);
		return NULL;
	}
	return e;
}

void
lr_em_free(lr_em *e)
{
	if (e != NULL)
		free(e->t);
	free(e);
}

static uint64_t
encode(const lr_pattern *p)
{
	uint64_t k = 0;

	for (int c = 0; c < LR_NCMP; c++)
		k = k << 4 | (uint64_t)p->level[c];
	return k + 1;
}

static void
decode(uint64_t k, lr_pattern *p)
{
	k--;
	for (int c = LR_NCMP - 1; c >= 0; c--, k >>= 4)
		p->level[c] = (signed char)(k & 15);
}

/* Count key n times in t (capacity cap, a power of two). */
static void
put(struct slot *t, size_t cap, uint64_t key, long n, size_t *used)
{
	size_t i = (size_t)(key * 0x9E3779B97F4A7C15ULL) & (cap - 1);

	while (t[i].key != 0 && t[i].key != key)
		i = (i + 1) & (cap - 1);
	if (t[i].key == 0) {
		t[i].key = key;
		(*used)++;
	}
	t[i].n += n;
}

static int
grow(lr_em *e)
{
	size_t cap = e->cap * 2, used = 0;
	struct slot *t = calloc(cap, sizeof(*t));

	if (t == NULL)
		return -1;
	for (size_t i = 0; i < e->cap; i++)
		if (e->t[i].key != 0)
			put(t, cap, e->t[i].key, e->t[i].n, &used);
	free(e->t);
	e->t = t;
	e->cap = cap;
	return 0;
}

int
lr_em_add(lr_em *e, const lr_pattern *pat)
{
	if (e->used * 2 >= e->cap && grow(e) != 0)
		return -1;
	put(e->t, e->cap, encode(pat), 1, &e->used);
	e->pairs++;
	return 0;
}

long
lr_em_pairs(const lr_em *e)
{
	return e->pairs;
}

long
lr_em_patterns(const lr_em *e)
{
	return (long)e->used;
}

/* Probability of pattern p under the m (match) or u values. */
static double
likelihood(const double v[LR_NCMP][LR_MAX_LEVELS], const lr_pattern *p)
{
	double x = 1;

	for (int c = 0; c < LR_NCMP; c++)
		if (p->level[c] != 0)
			x *= v[c][(int)p->level[c]];
	return x;
}

/* Sums of the E step: expected counts of each level among matches (sm)
 * and non-matches (su). */
struct sums {
	double sm[LR_NCMP][LR_MAX_LEVELS], su[LR_NCMP][LR_MAX_LEVELS];
	double matches;
};

static void
e_step(const lr_em *e, const lr_model *m, double lambda, struct sums *s)
{
	lr_pattern p;

	memset(s, 0, sizeof(*s));
	for (size_t i = 0; i < e->cap; i++) {
		if (e->t[i].key == 0)
			continue;
		decode(e->t[i].key, &p);
		double a = lambda * likelihood(m->m, &p);
		double b = (1 - lambda) * likelihood(m->u, &p);
		double g = a + b > 0 ? a / (a + b) : 0, n = (double)e->t[i].n;
		s->matches += g * n;
		for (int c = 0; c < LR_NCMP; c++) {
			s->sm[c][(int)p.level[c]] += g * n;
			s->su[c][(int)p.level[c]] += (1 - g) * n;
		}
	}
}

/* New values of one comparison from the sums, pulled towards start.
 * Returns the largest change. */
static double
m_step_one(double v[LR_MAX_LEVELS], const double sum[LR_MAX_LEVELS],
    const double start[LR_MAX_LEVELS], int nlevels)
{
	double total = 0, known = 0, change = 0, old;

	for (int l = 1; l < nlevels; l++) {
		total += sum[l];
		known += start[l];
	}
	for (int l = 1; l < nlevels; l++) {
		old = v[l];
		v[l] = (sum[l] + EM_PRIOR * start[l] / known) / (total + EM_PRIOR);
		change = fmax(change, fabs(v[l] - old));
	}
	return change;
}

int
lr_em_fit(lr_em *e, lr_model *m, long owners, double *lambda, lr_err *err)
{
	lr_model start = *m, fit = *m;
	struct sums s;
	double most = owners > 0 ? (double)owners / (double)e->pairs : 1;
	double lam = most < 0.5 ? most * 0.8 : 0.4, change = 1;
	int it;

	if (e->pairs < EM_MIN_PAIRS) {
		lr_err_set(err, "too few pairs to train on (%ld, need %d)",
		    e->pairs, EM_MIN_PAIRS);
		return -1;
	}
	/* The E step uses the u of blocked pairs (fit.u); the model keeps its
	 * u, the chance of a level between two random citizens, so that
	 * weights keep the scale the thresholds are set on. */
	for (it = 1; it <= EM_MAX_ITER && change > EM_EPSILON; it++) {
		memcpy(fit.m, m->m, sizeof(fit.m));
		e_step(e, &fit, lam, &s);
		change = fabs(fmin(s.matches / (double)e->pairs, most) - lam);
		lam = fmin(s.matches / (double)e->pairs, most);
		for (int c = 0; c < LR_NCMP; c++) {
			int n = lr_cmp_levels(c);
			change = fmax(change, m_step_one(m->m[c], s.sm[c], start.m[c],
			    n));
			change = fmax(change, m_step_one(fit.u[c], s.su[c],
			    start.u[c], n));
		}
	}
	if (lambda != NULL)
		*lambda = lam;
	return it - 1;
}
