/* Jaro-Winkler similarity. */
#include <string.h>

#include "jaro.h"

#define JW_MAX 64

/* Mark the characters of a that match one of b within the window; return
 * how many matched. */
static int
jaro_matches(const char *a, int la, const char *b, int lb, char *ma, char *mb)
{
	int win = (la > lb ? la : lb) / 2 - 1, m = 0;

	if (win < 0)
		win = 0;
	for (int i = 0; i < la; i++) {
		int lo = i - win < 0 ? 0 : i - win;
		int hi = i + win + 1 > lb ? lb : i + win + 1;
		for (int j = lo; j < hi; j++) {
			if (mb[j] || a[i] != b[j])
				continue;
			ma[i] = mb[j] = 1;
			m++;
			break;
		}
	}
	return m;
}

/* Half the number of matched characters out of order. */
static int
jaro_transpositions(const char *a, int la, const char *b, const char *ma,
    const char *mb)
{
	int t = 0, j = 0;

	for (int i = 0; i < la; i++) {
		if (!ma[i])
			continue;
		while (!mb[j])
			j++;
		if (a[i] != b[j])
			t++;
		j++;
	}
	return t / 2;
}

double
lr_jaro_winkler(const char *a, const char *b)
{
	char ma[JW_MAX] = { 0 }, mb[JW_MAX] = { 0 };
	int la = (int)strnlen(a, JW_MAX), lb = (int)strnlen(b, JW_MAX);
	int m, t, prefix = 0;
	double jaro;

	if (la == 0 || lb == 0)
		return 0.0;
	if (la == lb && memcmp(a, b, (size_t)la) == 0)
		return 1.0;
	if ((m = jaro_matches(a, la, b, lb, ma, mb)) == 0)
		return 0.0;
	t = jaro_transpositions(a, la, b, ma, mb);
	jaro = ((double)m / la + (double)m / lb + (double)(m - t) / m) / 3.0;
	while (prefix < 4 && prefix < la && prefix < lb && a[prefix] == b[prefix])
		prefix++;
	return jaro + prefix * 0.1 * (1.0 - jaro);
}

int
lr_one_edit(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b), i = 0;

	if (la < lb)
		return lr_one_edit(b, a);
	while (i < lb && a[i] == b[i])
		i++;
	if (la == lb + 1)	/* one deleted from a */
		return strcmp(a + i + 1, b + i) == 0;
	if (la != lb || i == la)
		return 0;
	if (strcmp(a + i + 1, b + i + 1) == 0)	/* one replaced */
		return 1;
	return i + 1 < la && a[i] == b[i + 1] && a[i + 1] == b[i] &&
	    strcmp(a + i + 2, b + i + 2) == 0;
}
