// Mistake: computes the answer in a variable, which the grader cannot read
// Look at: what you passed to predict: a literal value, one of the options the cell lists, under this cell's id?
// Prediction: smaller-gradient
String larger = "w2";
predict("smaller-gradient", larger);
