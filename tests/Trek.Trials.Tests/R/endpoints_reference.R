# Reference values for EndpointAnalysisTests from Data/subjects.csv, computed with R (stats, survival 3.5-3)
# using the rules in docs/trials.md: times from first dose in months (days / 30.4375); PFS event =
# progression or death, censored at last_assessment_date; DoR from first response among CR/PR; OS
# censored at last_known_alive_date. Run: Rscript tests/Trek.Trials.Tests/R/endpoints_reference.R
library(survival)
options(digits = 15)
d <- read.csv("tests/Trek.Trials.Tests/Data/subjects.csv", comment.char = "#", na.strings = c("", "NA"))
dt <- function(x) as.Date(x)
m <- function(a, b) as.numeric(dt(b) - dt(a)) / 30.4375
for (co in c("adult", "paediatric", "all")) {
  s <- if (co == "all") d else d[d$cohort == co, ]
  n <- nrow(s)
  resp <- s$best_overall_response %in% c("CR", "PR")
  ci <- binom.test(sum(resp), n)$conf.int
  cat(sprintf("%s ORR %d/%d %.12f %.12f\n", co, sum(resp), n, ci[1], ci[2]))
  ev <- pmin(dt(s$progression_date), dt(s$death_date), na.rm = TRUE)
  pfs_t <- ifelse(is.na(ev), m(s$first_dose_date, s$last_assessment_date), m(s$first_dose_date, ev))
  pfs_e <- as.integer(!is.na(ev))
  os_e <- as.integer(!is.na(s$death_date))
  os_t <- ifelse(os_e == 1, m(s$first_dose_date, s$death_date), m(s$first_dose_date, s$last_known_alive_date))
  dor_t <- ifelse(is.na(ev), m(s$first_response_date, s$last_assessment_date), m(s$first_response_date, ev))[resp]
  dor_e <- pfs_e[resp]
  ttr <- m(s$first_dose_date, s$first_response_date)[resp]
  cat(sprintf("%s TTR median %.12f min %.12f max %.12f\n", co, median(ttr), min(ttr), max(ttr)))
  for (ep in list(list("DoR", dor_t, dor_e), list("PFS", pfs_t, pfs_e), list("OS", os_t, os_e))) {
    fit <- survfit(Surv(ep[[2]], ep[[3]]) ~ 1)
    q <- quantile(fit, 0.5)
    cat(sprintf("%s %s median %s lower %s upper %s\n", co, ep[[1]], format(q$quantile, digits = 15), format(q$lower, digits = 15), format(q$upper, digits = 15)))
    sm <- summary(fit, times = 12, extend = FALSE)
    if (length(sm$surv)) cat(sprintf("%s %s at12 %.12f %.12f %.12f\n", co, ep[[1]], sm$surv, sm$lower, sm$upper))
  }
}
