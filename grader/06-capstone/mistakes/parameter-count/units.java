// Mistake: counts the units instead of the weights
// Prediction: parameter-count
org.dlkit.notebook.Notebook.predict("parameter-count", 858);
