// Mistake: records no prediction
// Look at: what you passed to predict: a literal value, one of the options the cell lists, under this cell's id?
// Prediction: minima-reached
predict("minima-reached", "");
