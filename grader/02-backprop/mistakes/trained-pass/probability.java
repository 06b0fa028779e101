// Mistake: answers with a probability instead of an option
// Look at: what you passed to predict: a literal value, one of the options the cell lists, under this cell's id?
// Prediction: trained-pass
predict("trained-pass", 0.96);
