// Mistake: counts the units instead of the weights
// Look at: what you count: units, or the weights and biases between them?
// Prediction: parameter-count
org.dlkit.notebook.Notebook.predict("parameter-count", 858);
