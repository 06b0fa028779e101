// Mistake: answers with a number, not one of the options
// Look at: what you passed to predict: a literal value, one of the options the cell lists, under this cell's id?
// Prediction: lecture-neuron-side
predict("lecture-neuron-side", 0.0025);
