# Reference values for KaplanMeierTests (R survival 3.5-3, R 4.2, Debian bookworm r-cran-survival).
# Run: Rscript tests/Trek.Trials.Tests/R/km_reference.R
library(survival)
options(digits = 15)
show <- function(fit) {
  print(fit)
  print(quantile(fit, probs = c(0.25, 0.5, 0.75)))
  s <- summary(fit, censored = TRUE)
  print(data.frame(time = s$time, n.risk = s$n.risk, n.event = s$n.event,
                   surv = s$surv, std.err = s$std.err, lower = s$lower, upper = s$upper))
}
m <- aml[aml$x == "Maintained", ]
for (ct in c("log", "log-log", "plain")) {
  cat("== aml Maintained, conf.type =", ct, "\n")
  show(survfit(Surv(time, status) ~ 1, data = m, conf.type = ct))
}
nm <- aml[aml$x == "Nonmaintained", ]
for (ct in c("log", "log-log", "plain")) {
  cat("== aml Nonmaintained (ends with a death), conf.type =", ct, "\n")
  show(survfit(Surv(time, status) ~ 1, data = nm, conf.type = ct))
}
for (ct in c("log", "log-log", "plain")) {
  cat("== lung, conf.type =", ct, "\n")
  fit <- survfit(Surv(time, status) ~ 1, data = lung, conf.type = ct)
  print(fit)
  print(quantile(fit, probs = c(0.25, 0.5, 0.75)))
  print(summary(fit, times = c(180, 365, 730)))
}
cat("== lung by sex\n")
fit <- survfit(Surv(time, status) ~ sex, data = lung)
print(fit)
print(quantile(fit, probs = c(0.25, 0.5, 0.75)))
sd <- survdiff(Surv(time, status) ~ sex, data = lung)
print(sd)
cat("chisq", sd$chisq, "p", pchisq(sd$chisq, length(sd$n) - 1, lower.tail = FALSE), "\n")
cat("== aml survdiff\n")
sd <- survdiff(Surv(time, status) ~ x, data = aml)
print(sd)
cat("chisq", sd$chisq, "p", pchisq(sd$chisq, length(sd$n) - 1, lower.tail = FALSE), "\n")
cat("== lung by ph.ecog (0..3), 4 groups\n")
l2 <- lung[!is.na(lung$ph.ecog), ]
sd <- survdiff(Surv(time, status) ~ ph.ecog, data = l2)
print(sd)
cat("chisq", sd$chisq, "p", pchisq(sd$chisq, length(sd$n) - 1, lower.tail = FALSE), "\n")
cat("== flat stretch exactly at 0.5: times 1,2,3+,4,5,6 events 1,1,0,1,1,1\n")
fit <- survfit(Surv(c(1, 2, 3, 4, 5, 6), c(1, 1, 0, 1, 1, 1)) ~ 1)
print(summary(fit))
print(quantile(fit, probs = c(0.25, 0.5, 0.75)))
fit <- survfit(Surv(c(1, 2, 3, 4), c(1, 1, 0, 0)) ~ 1)
cat("== curve ends at exactly 0.5: 1,2,3+,4+\n")
print(quantile(fit, probs = c(0.25, 0.5, 0.75)))
cat("== flat interior stretch at exactly 0.5: 1,2,3,4 all events\n")
fit <- survfit(Surv(c(1, 2, 3, 4), c(1, 1, 1, 1)) ~ 1)
print(quantile(fit, probs = c(0.25, 0.5, 0.75)))
cat("== numbers at risk for the plot: lung by sex at 0, 200, ..., 1000\n")
f <- survfit(Surv(time, status) ~ sex, data = lung)
s <- summary(f, times = seq(0, 1000, 200), extend = TRUE)
print(data.frame(strata = s$strata, time = s$time, n.risk = s$n.risk))
