import ServerProblems from './ServerProblems';

export default {
  __init__: ['serverProblems'],
  serverProblems: ['type', ServerProblems],
};
