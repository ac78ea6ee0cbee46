# Reference BOIN boundaries for target 0.3 (Liu & Yuan 2015, phi1 = 0.6*target, phi2 = 1.4*target),
# computed independently of Trek with R's own log() and pbeta(); elimination as the BOIN package:
# smallest y with 1 - pbeta(target, y + 1, n - y + 1) > 0.95, n >= 3.
# Run: Rscript tests/Trek.Trials.Tests/R/boin_reference.R
target <- 0.3; p1 <- 0.6 * target; p2 <- 1.4 * target
le <- log((1 - p1) / (1 - target)) / log(target * (1 - p1) / (p1 * (1 - target)))
ld <- log((1 - target) / (1 - p2)) / log(p2 * (1 - target) / (target * (1 - p2)))
cat(sprintf("lambda_e %.10f lambda_d %.10f\n", le, ld))
for (n in 3:30) {
  elim <- NA
  for (y in 0:n) if (1 - pbeta(target, y + 1, n - y + 1) > 0.95) { elim <- y; break }
  cat(sprintf("[InlineData(%d, %d, %d, %s)]\n", n, floor(n * le), ceiling(n * ld), ifelse(is.na(elim), "null", elim)))
}
cat("3+3 escalation probability (1-p)^3 + 3p(1-p)^5:", sprintf("%.6f", sapply(c(0.1, 0.3, 0.5), function(p) (1-p)^3 + 3*p*(1-p)^5)), "\n")
