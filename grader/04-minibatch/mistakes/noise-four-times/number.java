// Mistake: answers with a number instead of an option
// Look at: what you passed to predict: a literal value, one of the options the cell lists, under this cell's id?
// Prediction: noise-four-times
predict("noise-four-times", 0.25);
