// Mistake: counts only the hidden layer
// Prediction: parameter-count
org.dlkit.notebook.Notebook.predict("parameter-count", 50240);
