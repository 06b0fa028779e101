// Mistake: answers with a gradient's value instead of naming the weight
// Look at: what you passed to predict: a literal value, one of the options the cell lists, under this cell's id?
// Prediction: smaller-gradient
predict("smaller-gradient", -0.05);
