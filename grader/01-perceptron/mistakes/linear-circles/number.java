// Mistake: answers with the accuracy as a number instead of an option
// Look at: what you passed to predict: a literal value, one of the options the cell lists, under this cell's id?
// Prediction: linear-circles
predict("linear-circles", 0.5);
