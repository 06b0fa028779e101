// Mistake: records the answer under another prediction's id
// Look at: what you passed to predict: a literal value, one of the options the cell lists, under this cell's id?
// Prediction: lecture-neuron-side
predict("linear-circles", "below");
