// Mistake: passes a variable, which the grader cannot read without running the notebook
// Look at: what you passed to predict: a literal value, one of the options the cell lists, under this cell's id?
// Prediction: lecture-neuron-side
String side = "below";
predict("lecture-neuron-side", side);
