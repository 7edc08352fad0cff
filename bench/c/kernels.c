/* The benchmark loop nests in C, same order and types as the Allo designs; timed with CLOCK_MONOTONIC. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define N 256
#define JN 512
#define JT 20

static float Af[N][N], Bf[N][N], Cf[N][N];
static int8_t Ai[N][N], Bi[N][N];
static int32_t Ci[N][N];
static float JA[JN][JN], JB[JN][JN];

static double now_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static void gemm_f32(void) {
  memset(Cf, 0, sizeof Cf);
  for (int i = 0; i < N; i++)
    for (int j = 0; j < N; j++)
      for (int k = 0; k < N; k++) Cf[i][j] += Af[i][k] * Bf[k][j];
}

static void gemm_i8(void) {
  memset(Ci, 0, sizeof Ci);
  for (int i = 0; i < N; i++)
    for (int j = 0; j < N; j++)
      for (int k = 0; k < N; k++) Ci[i][j] = (int32_t)((uint32_t)Ci[i][j] + (uint32_t)(int16_t)(Ai[i][k] * Bi[k][j]));
}

static void jacobi(void) {
  for (int t = 0; t < JT; t++) {
    for (int i = 0; i < JN - 2; i++)
      for (int j = 0; j < JN - 2; j++)
        JB[i + 1][j + 1] = 0.2f * (JA[i + 1][j + 1] + JA[i + 1][j] + JA[i + 1][j + 2] + JA[i + 2][j + 1] + JA[i][j + 1]);
    for (int i = 0; i < JN - 2; i++)
      for (int j = 0; j < JN - 2; j++)
        JA[i + 1][j + 1] = 0.2f * (JB[i + 1][j + 1] + JB[i + 1][j] + JB[i + 1][j + 2] + JB[i + 2][j + 1] + JB[i][j + 1]);
  }
}

static int cmp(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

static double median_of(void (*f)(void), int reps) {
  double t[16];
  for (int r = 0; r < reps; r++) {
    double s = now_ms();
    f();
    t[r] = now_ms() - s;
  }
  qsort(t, reps, sizeof t[0], cmp);
  return t[reps / 2];
}

int main(int argc, char **argv) {
  int reps = argc > 1 ? atoi(argv[1]) : 5;
  srand(1);
  for (int i = 0; i < N; i++)
    for (int j = 0; j < N; j++) {
      Af[i][j] = rand() / (float)RAND_MAX * 2 - 1;
      Bf[i][j] = rand() / (float)RAND_MAX * 2 - 1;
      Ai[i][j] = (int8_t)(rand() & 0xff);
      Bi[i][j] = (int8_t)(rand() & 0xff);
    }
  for (int i = 0; i < JN; i++)
    for (int j = 0; j < JN; j++) JA[i][j] = JB[i][j] = rand() / (float)RAND_MAX;
  printf("gemm_f32 %.3f\n", median_of(gemm_f32, reps));
  printf("gemm_i8_i32 %.3f\n", median_of(gemm_i8, reps));
  printf("jacobi2d %.3f\n", median_of(jacobi, reps));
  /* keep results alive */
  fprintf(stderr, "%f %d %f\n", Cf[1][2], Ci[3][4], JA[5][6]);
  return 0;
}
