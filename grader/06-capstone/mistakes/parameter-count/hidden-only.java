// Mistake: counts only the hidden layer
// Look at: whether every layer is in your count
// Prediction: parameter-count
org.dlkit.notebook.Notebook.predict("parameter-count", 50240);
