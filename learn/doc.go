// Package learn holds dyad's learned component: a small multinomial
// logistic regression, trained on the dev halves of the adjudicated news
// sets, that reads each event the coder gave a sentence and keeps it,
// drops it, or gives it another CAMEO code.
//
// The model is string-keyed and sparse (features.go), trained
// deterministically (train.go) by "dyad train", embedded as
// data/model.txt (file.go) and parsed once at first use (apply.go). The
// training data — items, labels, folds, oracles, cross-validation — are
// package devset's, from the dev halves only; the held halves stay the
// judge. docs/notes/learn.md tells how to retrain it.
package learn
